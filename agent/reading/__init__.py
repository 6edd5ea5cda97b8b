"""The pure middle of poagent: bytes and open POs in, an extraction result out.

No I/O and no clock here: the reference time is the message's own ``Date``
header, and every limit is an argument.
"""
