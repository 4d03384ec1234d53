#!/usr/bin/env python3
"""The Python peer of `cyberassess batch` for the benchmark: PyYAML's C loader (libyaml, the
same parser) reads the library and every answers file named on stdin, and each body is scored
by the README's rules (graded, cumulative and outcome methods, `applies_if`, `na`, weighted
means of questions, domains and topics). Prints one line per body: id and overall score.

Usage: score.py QUESTIONNAIRE_FOLDER < list-of-answers-files
"""
import os
import sys

import yaml

LOADER = yaml.CSafeLoader
MET = {"met", "largely"}
OUTCOME_LEVELS = {"not-achieved": 0, "partially-achieved": 3, "achieved": 5}


def load_library(folder):
    library = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith((".yaml", ".yml")):
            with open(os.path.join(folder, name), "rb") as f:
                doc = yaml.load(f, Loader=LOADER)
            if isinstance(doc, dict) and "domains" in doc and "scoring" in doc:
                library[doc["id"]] = doc
    return library


def weighted_mean(pairs):
    total = sum(w for _, w in pairs)
    return sum(s * w for s, w in pairs) / total if total > 0 else None


def choice(entry):
    if isinstance(entry, dict):
        return entry.get("agreed") if "agreed" in entry else entry.get("answer")
    return entry


def applies(question, answers):
    condition = question.get("applies_if")
    if not condition:
        return True
    return choice(answers.get(condition["question"])) in condition.get("in", [])


def outcome_level(question, agreed, levels):
    columns = question.get("indicators", {})
    agreed = set(agreed or [])
    ids = {k: [i["id"] for i in columns.get(k) or []] for k in ("not_achieved", "partially_achieved", "achieved")}
    if any(i in agreed for i in ids["not_achieved"]):
        status = "not-achieved"
    elif ids["achieved"] and all(i in agreed for i in ids["achieved"]):
        status = "achieved"
    elif ids["partially_achieved"] and all(i in agreed for i in ids["partially_achieved"]):
        status = "partially-achieved"
    else:
        status = "not-achieved"
    return levels.get(status, OUTCOME_LEVELS[status])


def scored(domain, answers):
    """The domain's questions that count in its score, with their answers: applicable, not na."""
    for question in domain["questions"]:
        if applies(question, answers):
            value = choice(answers.get(question["id"]))
            if value != "na":
                yield question, value


def score_domain(q, domain, answers):
    method = q.get("scoring", "graded")
    if method == "cumulative":
        practices = [(question.get("practice_level", 1), value in MET) for question, value in scored(domain, answers)]
        if not practices:
            return None
        top = max(p for p, _ in practices)
        reached = 0
        for level in range(1, top + 1):
            if all(met for p, met in practices if p <= level):
                reached = level
            else:
                break
        return reached
    levels = q.get("outcome_levels", OUTCOME_LEVELS)
    pairs = []
    for question, value in scored(domain, answers):
        if method == "outcome":
            level = outcome_level(question, value if isinstance(value, list) else [], levels)
        else:
            level = next((o["level"] for o in question.get("answers", []) if o["value"] == value), 0)
        pairs.append((level, question.get("weight", 1)))
    return weighted_mean(pairs)


def score_body(library, doc):
    answers = doc.get("answers") or {}
    topics = []
    for qid in doc.get("questionnaires", {}):
        q = library.get(qid)
        if q is None:
            continue
        domains = [(score_domain(q, d, answers), d.get("weight", 1)) for d in q["domains"]]
        topic = weighted_mean([(s, w) for s, w in domains if s is not None])
        if topic is not None:
            topics.append((topic, 1))
    overall = weighted_mean(topics)
    return None if overall is None else round(overall + 1e-12, 2)


def main():
    library = load_library(sys.argv[1])
    out = []
    for path in sys.stdin.read().split("\n"):
        if not path:
            continue
        with open(path, "rb") as f:
            doc = yaml.load(f, Loader=LOADER)
        out.append("%s\t%s" % (doc["body"]["id"], score_body(library, doc)))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
