"""The onboarding wizard: a frame with a header and one page per step; the flow itself is the core's."""
