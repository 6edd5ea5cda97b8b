from .mime import *  # noqa: F401,F403
from .model import *  # noqa: F401,F403
from .pdf import Page, make_pdf, table_pdf  # noqa: F401
from .xlsx import make_xlsx, Bold, excel_serial  # noqa: F401
from .writer import case, write_all, CASES  # noqa: F401
from .clients import *  # noqa: F401,F403
