"""Sensors: a new, changed or removed file starts a run of its shard; the package follows.

`article_files` lists the input folder every 30 seconds and compares each shard's
fingerprint (names, sizes and modification times of its files) with the one it saw last,
kept in its cursor. Each shard that changed gets a run of `extract_shard` (its partition of
`articles`); a run that fails is not retried until a file of that shard changes again.
On its first tick it takes the fingerprints recorded by the latest materialization of each
shard, so turning it on after `Materialize all` starts nothing until a file changes. It is
stopped by default: `dagster dev` starts no run before the user asks for one (turn it on
under Automation; the choice is kept in DAGSTER_HOME).

`package_refresh` evaluates the tables' and the package's eager automation condition:
once shards were materialized again, by the sensor or by hand, and no shard is missing or
still running, one run assembles every table, checks it and republishes the package. It
runs by default: it only ever follows materializations of shards, and it requests nothing
while a backfill (`Materialize all`) is refreshing the tables itself.
"""

# No `from __future__ import annotations`: Dagster reads these annotations when decorating.
import json

import dagster as dg

from pipeline.defs.assets import ARTICLES, FINGERPRINT_METADATA
from pipeline.defs.resources import INPUT_DIR_ENV, ArticleFolder
from pipeline.defs.shards import SIXTEEN_SHARDS, Sharding

EXTRACT_SHARD_JOB = "extract_shard"
ARTICLE_FILES_SENSOR = "article_files"
PACKAGE_REFRESH_SENSOR = "package_refresh"
SCAN_INTERVAL_SECONDS = 30


def read_cursor(cursor: str | None) -> dict[str, dict]:
    """The sensor's memory: `{"shard-03": {"fingerprint": "9c1e...", "changes": 2}, ...}`."""
    return json.loads(cursor) if cursor else {}


def materialized_fingerprints(
    instance: dg.DagsterInstance, shards: Sharding = SIXTEEN_SHARDS
) -> dict[str, str]:
    """The fingerprint each shard had when it was last materialized (shards never materialized are left out)."""
    found = {}
    for shard in shards.keys:
        records = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=dg.AssetKey(ARTICLES), asset_partitions=[shard]),
            limit=1,
        ).records
        materialization = records[0].asset_materialization if records else None
        if materialization is not None and FINGERPRINT_METADATA in materialization.metadata:
            found[shard] = materialization.metadata[FINGERPRINT_METADATA].value
    return found


# What the sensor starts: one shard of `articles`, under a name that reads well in the run list.
extract_shard = dg.define_asset_job(
    EXTRACT_SHARD_JOB,
    selection=dg.AssetSelection.assets(ARTICLES),  # partitioned by shard, as articles is
    description="Extracts the article files of one shard (the tables follow, see package_refresh).",
)


def build_article_files_sensor(shards: Sharding = SIXTEEN_SHARDS) -> dg.SensorDefinition:
    """`article_files` over the partitions of `shards`."""

    @dg.sensor(
        name=ARTICLE_FILES_SENSOR,
        target=extract_shard,
        minimum_interval_seconds=SCAN_INTERVAL_SECONDS,
        default_status=dg.DefaultSensorStatus.STOPPED,
        description=(
            "Starts a run of each shard of articles whose files were added, changed or removed "
            f"(in the input folder of the article_folder resource, or ${INPUT_DIR_ENV})."
        ),
    )
    def article_files(
        context: dg.SensorEvaluationContext, article_folder: ArticleFolder
    ) -> dg.SensorResult | dg.SkipReason:
        input_dir = article_folder.input_path
        if not input_dir.exists():
            return dg.SkipReason(f"{input_dir}: input does not exist; set {INPUT_DIR_ENV}")
        current = shards.fingerprints(input_dir)
        seen = read_cursor(context.cursor)
        if not seen:
            seen = {
                shard: {"fingerprint": value, "changes": 0}
                for shard, value in materialized_fingerprints(context.instance, shards).items()
            }
        changed = [
            shard
            for shard in shards.keys
            if seen.get(shard, {}).get("fingerprint") != current[shard]
        ]
        if not changed:
            return dg.SkipReason(f"no file added, changed or removed in {input_dir}")
        remembered = dict(seen)
        run_requests = []
        for shard in changed:
            changes = seen.get(shard, {}).get("changes", 0) + 1
            remembered[shard] = {"fingerprint": current[shard], "changes": changes}
            # Unique per change, not per fingerprint: a file removed and put back (same mtime)
            # gives an old fingerprint again, and that shard must still run again.
            run_key = f"{shard}:{changes}:{current[shard][:12]}"
            run_requests.append(dg.RunRequest(run_key=run_key, partition_key=shard))
        context.log.info(f"{len(changed)} shard(s) changed in {input_dir}: {', '.join(changed)}")
        return dg.SensorResult(
            run_requests=run_requests, cursor=json.dumps(remembered, sort_keys=True)
        )

    return article_files


article_files = build_article_files_sensor()


package_refresh = dg.AutomationConditionSensorDefinition(
    PACKAGE_REFRESH_SENSOR,
    target=dg.AssetSelection.assets(ARTICLES).downstream(include_self=False),
    minimum_interval_seconds=SCAN_INTERVAL_SECONDS,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Assembles the tables and republishes the package after shards of articles were "
        "materialized again (their eager automation condition)."
    ),
)
