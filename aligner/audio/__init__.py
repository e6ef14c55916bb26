"""Audio: decoding any common format to 16 kHz mono, encoding clips, and waveform peaks for drawing.

Which fold of a stereo file's channels the engine hears (their mean, or their difference when one is wired upside
down) is :mod:`.channels`'.
"""

from .decode import AUDIO_EXTENSIONS, SAMPLE_RATE, Audio, AudioStream, load_audio, probe_duration

__all__ = ["AUDIO_EXTENSIONS", "SAMPLE_RATE", "Audio", "AudioStream", "load_audio", "probe_duration"]
