"""Corpus sweep: the generator against the public specs of /work/shared/corpus."""
