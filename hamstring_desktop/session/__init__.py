"""Pure session domain: the plan of a routine, the cue schedule and the session state machine.

Nothing here imports Qt or reads a clock: callers pass ``now`` (monotonic seconds).
"""
