"""Maps the top-level ``resources/`` folder into the installed package as ``planner.resources``.

pyproject.toml cannot combine automatic package discovery with an extra
mapped folder, so the package list is computed here; everything else is in
pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "planner.resources"],
    package_dir={"": "src", "planner.resources": "resources"},
)
