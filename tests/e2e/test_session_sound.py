"""End to end: a routine played at a high time scale into a real PulseAudio null sink. The cue
tones arrive in the recording in the right order and with the right spacing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.app_run import run_routine
from tests.helpers.cue_tones import ROUTINE_ID, SCALE, assert_cue_tones, prepare_data_dir
from tests.helpers.pulse import pulse_daemon, recording

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("output", ["samples", "stream"])
def test_cue_tones_arrive_in_order_and_on_time(tmp_path: Path, output: str) -> None:
    """Through the sound server's sample cache (the default where there is one), and through a
    Qt audio stream (the fallback elsewhere)."""
    data = prepare_data_dir(tmp_path / "data")
    with pulse_daemon(tmp_path / "pulse") as pulse:
        with recording(pulse, tmp_path / "cues.raw") as raw:
            result = run_routine(
                data,
                ROUTINE_ID,
                dict(pulse.environment(), QT_QPA_PLATFORM="offscreen", HAMSTRING_DESKTOP_SOUND_OUTPUT=output),
                time_scale=SCALE,
            )
        assert result.returncode == 0, result.stderr
    assert_cue_tones(raw)
