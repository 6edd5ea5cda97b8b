"""Case definitions for batch AJ, in numbering order."""
from . import part1, part2, part3, part4, part5, part6

ALL = [*part1.CASES, *part2.CASES, *part3.CASES, *part4.CASES, *part5.CASES, *part6.CASES]
assert len(ALL) == 80, len(ALL)
