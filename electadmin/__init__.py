"""electadmin: run an election from the laptops of the people who administer it."""

__version__ = "0.1.0"
