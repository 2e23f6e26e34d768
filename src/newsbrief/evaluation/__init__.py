"""`newsbrief eval`: ROUGE of summarizers on benchmark stories (readers in `ingest.stories`).

Modules: `rouge` (rouge-score, multi-reference, truncation), `prepare` (the same clean/segment
path as `brief`), `run` (methods over stories, process pool, aggregation, bootstrap), `report`
(JSON record and table), `command` (the CLI command). Nothing heavy is imported here.
"""
