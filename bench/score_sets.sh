#!/usr/bin/env bash
# The lead's measure of a session: every label set and the dev ROUGE, for the code of one tree.
#
#   bash bench/score_sets.sh TREE OUT blind|tuned|fresh|rouge
#
# TREE is a checkout (or a `git archive` of a commit) whose src/ is scored; OUT a folder for one file per
# set, to diff against another tree's (`diff <(grep -v -i time a/X) <(grep -v -i time b/X)`). PYTHON (default:
# python) must have the package's extras installed; SHARED defaults to TREE/../shared. `blind` scores the
# frozen sets (the lead only: their errors are never listed), `tuned` the tuning sets, `fresh` the sets
# made in sessions 56 to 60, `rouge` the default on the six dev settings of the README's tables. A shell script
# and not a bench of its own: each line is the bench command the README quotes, so each figure reproduces
# on its own.
set -u
TREE=$(cd "$1" && pwd); OUT=$2; WHICH=$3
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd); cd "$TREE"
PY=${PYTHON:-python}; SHARED=${SHARED:-$TREE/../shared}; L=bench/labels
export PYTHONPATH="$TREE/src"
analysis() { name=$1; shift; $PY bench/bench_analysis.py --shared "$SHARED" --labels "$@" --no-speed > "$OUT/an-$name.txt" 2>&1; }
align() { name=$1; shift; $PY bench/bench_align.py --shared "$SHARED" --labels "$@" > "$OUT/$name.txt" 2>&1; }
context() { $PY bench/bench_context.py --shared "$SHARED" --labels "$L/$1.json" > "$OUT/$1.txt" 2>&1; }
rouge() { name=$1; shift; $PY -m newsbrief eval "$@" --methods default --jobs 1 > "$OUT/rouge-$name.txt" 2>&1; }
case "$WHICH" in
  blind)
    for f in frozen9-unseen frozen10-unseen frozen11-unseen entities-frozen35 entities-frozen37 caseless-frozen35 \
      caseless-entities-frozen35 speakers-frozen36 terms-frozen38; do analysis "$f" "$L/$f.json"; done
    context context-frozen4
    for f in align-frozen7 align-frozen8; do align "$f" "$L/$f.json"; done
    $PY bench/bench_conflicts.py --shared "$SHARED" --labels "$L/conflicts-frozen54.json" --no-text --rules \
      > "$OUT/conflicts-frozen54.txt" 2>&1 ;;
  tuned)
    analysis tuned $L/analysis.json $L/heldout.json $L/frozen-unseen.json $L/frozen{2,3,4,5,6,7,8}-unseen.json
    analysis frozen2 $L/frozen2-unseen.json
    align align-tuned $L/align-tune.json $L/align-tune2.json $L/align-frozen.json $L/align-frozen{2,3,4,5,6}.json
    $PY bench/bench_conflicts.py --shared "$SHARED" --labels $L/conflicts-tune54.json $L/conflicts-tune55.json \
      --rules > "$OUT/conflicts-tuned.txt" 2>&1
    for f in context-frozen context-frozen2 context-frozen3; do context "$f"; done ;;
  fresh)
    for f in speakers-fresh56 speakers-fresh57 speakers-fresh58 speakers-fresh59 speakers-fresh60 \
        caseless-entities-frozen56 caseless-entities-fresh57 caseless-entities-fresh58 caseless-entities-fresh59 \
        caseless-entities-fresh60; do
      $PY bench/bench_analysis.py --shared "$SHARED" --labels "$L/$f.json" --no-speed --rules-only \
        > "$OUT/an-$f.txt" 2>&1
    done
    for f in context-fresh56 context-fresh57 context-fresh59 context-fresh60; do context "$f"; done
    $PY bench/bench_conflicts.py --shared "$SHARED" --labels "$L/conflicts-fresh57.json" --no-text --rules \
      > "$OUT/conflicts-fresh57.txt" 2>&1
    # conflicts-fresh58 lists every eligible training story (10,179): its conflicts run aligns them all (the
    # longest line here, ~20 min on a loaded machine); its agreement items are scored from the same file.
    $PY bench/bench_conflicts.py --shared "$SHARED" --labels "$L/conflicts-fresh58.json" --no-text --rules \
      > "$OUT/conflicts-fresh58.txt" 2>&1
    $PY bench/bench_agreement.py --shared "$SHARED" --labels "$L/conflicts-fresh58.json" --no-text \
      > "$OUT/agreement-fresh58.txt" 2>&1
    # citations-fresh59: the default brief's multi-source citations and agreement items (40 stories)
    $PY bench/bench_agreement.py --shared "$SHARED" --labels "$L/citations-fresh59.json" --no-text \
      > "$OUT/citations-fresh59.txt" 2>&1
    # citations-fresh60: 60 agreement items (the briefs that list one, 48 stories) and those briefs' citations
    $PY bench/bench_agreement.py --shared "$SHARED" --labels "$L/citations-fresh60.json" --no-text \
      > "$OUT/citations-fresh60.txt" 2>&1 ;;
  rouge)
    D=$SHARED/data
    rouge lb "$D/longbench-multinews-dev.jsonl" --words 250
    rouge mn250 "$D/multinews-plus-dev.jsonl" --words 250
    rouge mn100 "$D/multinews-plus-dev.jsonl" --words 100
    rouge duc03 "$D/duc2003-task2-dev.jsonl" --words 100 --recall
    rouge duc06 "$D/duc2006-dev.jsonl" --words 250 --recall
    rouge mlen "$D/multiling2011-en-dev.jsonl" --words 250 ;;
  *) echo "score_sets.sh: error: the third argument is blind, tuned, fresh or rouge, not '$WHICH'" >&2; exit 2 ;;
esac
echo "$WHICH: $OUT"
