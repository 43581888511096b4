"""Saved phone feeds as undo commands: create, edit and remove, one service call each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.gui.commands import ServiceCommand
from planner.gui.store import Store

if TYPE_CHECKING:
    from planner.services.feeds import FeedSpec


class CreateFeedCommand(ServiceCommand):
    def __init__(self, store: Store, spec: FeedSpec) -> None:
        super().__init__(
            store,
            QCoreApplication.translate("FeedCommands", "Add feed “{name}”").format(name=spec.name),
        )
        self.spec = spec
        self.feed_id: int | None = None

    def do(self) -> None:
        from planner.services.feeds import create_feed

        created = create_feed(self.store.db, self.spec).id
        if self.feed_id is None:
            self.feed_id = created
        else:
            self.store.alias("feed", self.feed_id, created)

    def undo_work(self) -> None:
        from planner.services.feeds import delete_feed

        assert self.feed_id is not None
        delete_feed(self.store.db, self.store.current_id("feed", self.feed_id))


class EditFeedCommand(ServiceCommand):
    """Replace a feed's choices; its export history stays (the next export lists changes)."""

    def __init__(self, store: Store, feed_id: int, new: FeedSpec, old: FeedSpec) -> None:
        super().__init__(
            store,
            QCoreApplication.translate("FeedCommands", "Edit feed “{name}”").format(name=new.name),
        )
        self.feed_id = feed_id
        self.new = new
        self.old = old

    def do(self) -> None:
        from planner.services.feeds import edit_feed

        edit_feed(self.store.db, self.store.current_id("feed", self.feed_id), self.new)

    def undo_work(self) -> None:
        from planner.services.feeds import edit_feed

        edit_feed(self.store.db, self.store.current_id("feed", self.feed_id), self.old)


class RemoveFeedCommand(ServiceCommand):
    """Undo saves the feed again with the same choices (its export history starts over)."""

    def __init__(self, store: Store, feed_id: int, spec: FeedSpec) -> None:
        super().__init__(
            store,
            QCoreApplication.translate("FeedCommands", "Remove feed “{name}”").format(
                name=spec.name
            ),
        )
        self.feed_id = feed_id
        self.spec = spec

    def do(self) -> None:
        from planner.services.feeds import delete_feed

        delete_feed(self.store.db, self.store.current_id("feed", self.feed_id))

    def undo_work(self) -> None:
        from planner.services.feeds import create_feed

        current = self.store.current_id("feed", self.feed_id)
        self.store.alias("feed", current, create_feed(self.store.db, self.spec).id)
