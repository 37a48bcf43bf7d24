"""Where shard extractions are stored, and how the table step reads them: one shard at a time.

The default filesystem IO manager loads every partition of an input into one dict before
the step starts: for the tables of 10,000 articles, every shard's extractions in memory at
once. This IO manager stores each shard as the default one does (a pickle at
`<storage>/articles/<shard>` under the instance's storage directory), but when a step reads
several shards it hands over a `ShardFile` per shard, read only when the step iterates it,
so the tables are assembled while a single shard is in memory.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import dagster as dg
from upath import UPath

SHARDS_IO_MANAGER = "shards_io_manager"


class ShardFile:
    """One stored shard, unpickled only when iterated: `for extraction in shard_file`."""

    def __init__(self, path: UPath):
        self.path = path

    def __iter__(self) -> Iterator[Any]:
        with self.path.open("rb") as file:
            yield from pickle.load(file)


class LazyShardsPickleIOManager(dg.UPathIOManager):
    extension: str = ""  # the layout of Dagster's own pickle IO manager

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: UPath) -> None:
        with path.open("wb") as file:
            pickle.dump(obj, file, pickle.HIGHEST_PROTOCOL)

    def load_from_path(self, context: dg.InputContext, path: UPath) -> Any:
        if context.has_asset_partitions and len(context.asset_partition_keys) > 1:
            if not path.exists():
                raise FileNotFoundError(path)  # a shard never materialized, reported by the step
            return ShardFile(path)
        with path.open("rb") as file:
            return pickle.load(file)


class ShardsIOManager(dg.ConfigurableIOManagerFactory):
    """Pickles under the instance's storage directory; several shards are read lazily."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> LazyShardsPickleIOManager:
        base_dir = self.base_dir or context.instance.storage_directory()
        return LazyShardsPickleIOManager(base_path=UPath(base_dir))
