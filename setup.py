"""Maps the top-level ``resources/`` and ``ui/`` folders into the package (``planner.resources``,
``planner.ui``: the Qt Designer forms).

pyproject.toml cannot combine automatic package discovery with an extra
mapped folder, so the package list is computed here; everything else is in
pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "planner.resources", "planner.ui"],
    package_dir={"": "src", "planner.resources": "resources", "planner.ui": "ui"},
)
