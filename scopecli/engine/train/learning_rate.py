"""Learning-rate schedules, placeholder module replaced below."""
