"""The base of the services' plain values (``services.views``): frozen, compared, hashed
and shown by their fields, like a ``@dataclass(frozen=True)``, but defined for less.

Python 3.11's ``dataclass`` writes each generated method (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``) as source text and
compiles it with ``exec`` when the class is defined: defining the fifteen views cost
~70 M instructions, ~6 % of every start of the window (callgrind, issue 19). Here
each view writes out its ``__init__`` (compiled once into the .pyc, as fast to call
as the generated one, and checked by mypy), and the other methods are this class's,
the same for every view. A view stays a dataclass (``@dataclass(init=False,
repr=False, eq=False)``, which generates nothing) for ``dataclasses.replace``,
``fields`` and ``asdict``.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from operator import attrgetter
from typing import Any, ClassVar, NoReturn


class FrozenView:
    """Fields are the class's own annotations, in order; values are set by ``__init__``
    through ``self.__dict__`` and never change (as a frozen dataclass: assigning or
    deleting one raises ``FrozenInstanceError``)."""

    __slots__ = ()
    _field_names: ClassVar[tuple[str, ...]]
    _field_values: ClassVar[attrgetter[Any]]  # instance -> tuple of its field values

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._field_names = tuple(cls.__annotations__)
        if len(cls._field_names) < 2:  # attrgetter of one name gives a value, not a tuple
            raise TypeError(f"{cls.__name__}: a view has at least two fields")
        cls._field_values = attrgetter(*cls._field_names)
        code = cls.__dict__["__init__"].__code__ if "__init__" in cls.__dict__ else None
        if code is None or code.co_varnames[1 : code.co_argcount] != cls._field_names:
            # A field added to the annotations but not to __init__ would never be set.
            raise TypeError(f"{cls.__name__}: __init__ must take exactly its fields, in order")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self._field_values(self) == self._field_values(other))

    def __hash__(self) -> int:
        return hash(self._field_values(self))

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._field_names)
        return f"{self.__class__.__qualname__}({values})"

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        raise FrozenInstanceError(f"cannot delete field {name!r}")
