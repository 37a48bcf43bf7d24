"""The benchmark behind `make bench`: speed and memory of a build at scale, next to the targets."""
