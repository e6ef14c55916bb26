"""Worker slots on a Ray cluster: one long-lived actor per slot, each holding the speech model.

Ray (an optional extra: ``pip install "aligner[cluster]"``) places the actors
on whichever machines of the cluster have CPUs free; each loads the model once
and aligns talk after talk, reading the recordings and transcripts from paths
every machine can see (shared storage).  The finished files come back to the
driver, which writes them and the report -- so only the *driver* needs to
write the output folder.

``--cluster`` takes ``ray`` (join the cluster named by ``RAY_ADDRESS``, else the
one running on this machine, else start one here for the run), ``auto`` (only
join: ``RAY_ADDRESS`` or the cluster started on this machine with ``ray start``), ``ray://HOST:PORT`` (a
remote cluster's client port) or ``HOST:PORT`` (its head node's GCS port, when
the driver runs inside the cluster).  When the caller already connected Ray
(``ray.init(...)`` in a script or test), that connection is used and left open.
"""

from __future__ import annotations

import logging
import warnings
from typing import Callable, Optional

from ..errors import AlignerError
from .job import BatchSettings, Outcome
from .manifest import Talk
from .pool import SlotDied, SlotUnusable

INSTALL_HINT = ('Ray is not installed. Install the cluster extra: pip install "aligner[cluster]" '
                "(in this checkout: .venv/bin/pip install -e \".[cluster]\").")
#: Seconds between looks at a running talk's progress.
POLL = 1.0


def import_ray():
    try:
        import ray
    except ImportError:
        raise AlignerError(INSTALL_HINT) from None
    return ray


class _TalkActor:
    """Runs inside a Ray worker process; its methods are what the driver calls remotely."""

    def __init__(self, settings: BatchSettings):
        self.settings = settings
        self.fraction = 0.0

    def start(self) -> Optional[str]:
        """Load the model; the error message when it cannot be loaded (it would fail every talk)."""
        from ..align import preload

        try:
            preload(self.settings.options)
        except AlignerError as e:
            return str(e)
        return None

    def run(self, talk: Talk) -> Outcome:
        from .job import run_talk

        self.fraction = 0.0

        def progress(f: float) -> None:
            self.fraction = f

        return run_talk(talk, self.settings, progress)

    def progress(self) -> float:
        return self.fraction


class RayCluster:
    """A connection to a Ray cluster for the length of one batch."""

    def __init__(self, address: str):
        self.ray = import_ray()
        self._owned = False
        if not self.ray.is_initialized():
            # quiet: Ray's start-up notes and the actors' logs would tear the progress bar
            kwargs = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
            if address == "auto":
                kwargs["address"] = "auto"
            elif address != "ray":
                kwargs["address"] = address
            try:
                with warnings.catch_warnings():  # Ray's client warns, then raises; the error says it all
                    warnings.simplefilter("ignore")
                    self.ray.init(**kwargs)
            except (ConnectionError, RuntimeError, ValueError) as e:
                raise AlignerError(f"Could not connect to the Ray cluster at {address}: "
                                   f"{str(e).splitlines()[0] if str(e) else type(e).__name__}. Is it running "
                                   "(ray status), and is the address right? A cluster with token "
                                   "authentication (Ray's default) also needs RAY_AUTH_MODE=token and its token in "
                                   "RAY_AUTH_TOKEN (ray get-auth-token on the head) here.") from None
            self._owned = True
        self._actor_class = self.ray.remote(max_concurrency=2)(_TalkActor)  # 2: progress while running

    def cpus(self) -> int:
        return int(self.ray.cluster_resources().get("CPU", 1))

    def slot_factory(self, settings: BatchSettings) -> Callable[[int], "RaySlot"]:
        threads = max(1, settings.options.threads or 1)
        return lambda _index: RaySlot(self, settings, threads)

    def close(self) -> None:
        if self._owned:
            self.ray.shutdown()


class RaySlot:
    def __init__(self, cluster: RayCluster, settings: BatchSettings, threads: int):
        self._cluster = cluster
        self._settings = settings
        self._threads = threads
        self._actor = None

    def start(self) -> None:
        ray = self._cluster.ray
        self.close()
        self._actor = self._cluster._actor_class.options(num_cpus=self._threads).remote(self._settings)
        try:
            error = ray.get(self._actor.start.remote())
        except ray.exceptions.RayError as e:
            raise SlotDied(_first_line(e)) from None
        if error:
            raise SlotUnusable(error)

    def run(self, talk: Talk, progress: Callable[[float], None]) -> Outcome:
        ray = self._cluster.ray
        actor = self._actor
        if actor is None:
            raise SlotDied("The worker was stopped.")
        ref = actor.run.remote(talk)
        try:
            while True:
                done, _ = ray.wait([ref], timeout=POLL)
                if done:
                    return ray.get(ref)
                try:
                    progress(ray.get(actor.progress.remote(), timeout=POLL))
                except ray.exceptions.GetTimeoutError:
                    pass
        except ray.exceptions.RayError as e:
            raise SlotDied(f"The Ray worker stopped while aligning this talk ({_first_line(e)}). "
                           "The other talks went on.") from None

    def kill(self) -> None:
        actor = self._actor
        if actor is not None:
            self._cluster.ray.kill(actor)

    def close(self) -> None:
        actor, self._actor = self._actor, None
        if actor is not None:
            try:
                self._cluster.ray.kill(actor)
            except Exception:  # already gone with its node or the cluster: nothing to release
                pass


def _first_line(e: Exception) -> str:
    text = str(e).strip()
    for line in text.splitlines():
        if line.strip() and not line.startswith("Traceback"):
            return line.strip()[:300]
    return type(e).__name__
