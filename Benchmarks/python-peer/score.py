#!/usr/bin/env python3
"""The Python peer of `cyberassess batch` for the benchmark: PyYAML's C loader (libyaml, the
same parser) reads the library and every answers file named on stdin, and each body is scored
by the README's rules (graded, cumulative and outcome methods, `applies_if` on answers and
body types, `same_as`, `na`, weighted means of questions, domains and topics). Prints one line per body: id and overall score.

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


def applies(question, answers, body_type):
    condition = question.get("applies_if")
    if not condition:
        return True
    types = condition.get("body_type")
    if types is not None and body_type is not None and body_type not in types:
        return False
    if "question" not in condition:
        return True
    return choice(answers.get(condition["question"])) in condition.get("in", [])


def question_index(library):
    """Each question by id, with its questionnaire's id."""
    return {question["id"]: (qid, question) for qid, q in library.items() for d in q["domains"] for question in d["questions"]}


def reused(library, assessed):
    """Ids of questions that show another's answer (same_as, home assessed too): they count nowhere."""
    index = question_index(library)
    return {question["id"] for qid in assessed if qid in library for d in library[qid]["domains"] for question in d["questions"]
            if question.get("same_as") in index and index[question["same_as"]][0] in assessed}


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


def scored(domain, answers, body):
    """The domain's questions that count in its score, with their answers: applicable, not na,
    not showing another's answer."""
    for question in domain["questions"]:
        if question["id"] not in body["reused"] and applies(question, answers, body["type"]):
            value = choice(answers.get(question["id"]))
            if value != "na":
                yield question, value


def score_domain(q, domain, answers, body):
    method = q.get("scoring", "graded")
    if method == "cumulative":
        practices = [(question.get("practice_level", 1), value in MET) for question, value in scored(domain, answers, body)]
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
    for question, value in scored(domain, answers, body):
        if method == "outcome":
            level = outcome_level(question, value if isinstance(value, list) else [], levels)
        else:
            # A same_as question asked itself (its home not assessed) uses its home's options.
            options = question.get("answers") or body["index"].get(question.get("same_as"), (None, {}))[1].get("answers", [])
            level = next((o["level"] for o in options if o["value"] == value), 0)
        pairs.append((level, question.get("weight", 1)))
    return weighted_mean(pairs)


def score_body(library, doc):
    answers = doc.get("answers") or {}
    assessed = list(doc.get("questionnaires", {}))
    body = {"type": (doc.get("body") or {}).get("type"), "reused": reused(library, assessed), "index": question_index(library)}
    topics = []
    for qid in doc.get("questionnaires", {}):
        q = library.get(qid)
        if q is None:
            continue
        domains = [(score_domain(q, d, answers, body), d.get("weight", 1)) for d in q["domains"]]
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
