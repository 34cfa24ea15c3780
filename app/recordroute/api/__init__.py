"""The local HTTP API (FastAPI, in-process uvicorn): OpenAI-compatible /v1 routes and native /api routes.

    from recordroute.api.app import create_app        # create_app(ctx, *, token, cors_origins=()) -> FastAPI
    from recordroute.api.server import ApiServer       # ApiServer(ctx, host, port).start() / .stop()

A face like the GUI and the CLI: it calls the pipeline and the store, never the other faces.
"""
