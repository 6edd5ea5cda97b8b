"""Case definitions for batch AA, in chunks."""
from . import part1  # noqa: F401
from . import part2  # noqa: F401
from . import part3  # noqa: F401
from . import part4  # noqa: F401
from . import part5  # noqa: F401
from . import checks  # noqa: F401
