"""The one API of the planner, used by the GUI and the command line alike.

Every public function is one user action: it opens one unit of work, checks
the rules, commits or rolls back, and returns plain frozen values (never live
ORM objects).
"""
