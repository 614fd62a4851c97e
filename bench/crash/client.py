#!/usr/bin/env python3
"""Client side of the crash benchmark (bench/crash/run.sh); Python 3 standard library only, loopback only.

  client.py load   BASE TOKEN_FILE RUN_ID CLIENTS SECONDS JOURNAL
      CLIENTS threads submit reports (POST /api/v1/reports), each with its own Idempotency-Key and a description
      that names the run and the request, until SECONDS pass or the server stops answering: a thread whose request
      gets no answer (connection refused or reset, timeout) stops, since the server is gone. Every request and its
      answer (or the lack of one) goes to JOURNAL, one JSON object per line.
  client.py retry  BASE TOKEN_FILE JOURNAL SECONDS RETRIES
      Sends every request of JOURNAL that was not acknowledged (no answer, 409 or 5xx) again, with its key and the
      very same body, in rounds, until each has a definitive answer or SECONDS pass. Writes RETRIES (JSON lines).
  client.py verify JOURNAL RETRIES DB_BEFORE_RETRY DB_AFTER OUT_JSON
      DB_* are "description<TAB>number" dumps of the run's reports (psql). Prints and writes the figures:
      acknowledged / lost / duplicated / unresolved.
"""
import http.client
import json
import sys
import threading
import time
import uuid
from collections import Counter
from urllib.parse import urlsplit

TIMEOUT = 10
# A point well inside Phường Hoàn Kiếm (Hoàn Kiếm lake), so that routing never answers 422 for a boundary gap.
LAT, LON = 21.0287, 105.8523


def connection(base):
    url = urlsplit(base)
    if url.scheme != "http" or url.hostname != "127.0.0.1":
        sys.exit(f"client.py: BASE must be http://127.0.0.1:<port>, got {base}")
    return http.client.HTTPConnection(url.hostname, url.port, timeout=TIMEOUT)


def post(conn, token, key, body):
    """One POST; returns (status, replayed, number) or raises OSError / HTTPException when there is no answer."""
    conn.request("POST", "/api/v1/reports", body=body.encode("utf-8"), headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json",
        "Idempotency-Key": key})
    response = conn.getresponse()
    payload = response.read()
    number = None
    if 200 <= response.status < 300:
        try:
            number = json.loads(payload).get("number")
        except ValueError:
            pass
    return response.status, response.getheader("Idempotent-Replayed") == "true", number


def acknowledged(status):
    return status is not None and 200 <= status < 300


def in_doubt(status):
    """No answer, 'still running / outcome unknown' (409) or a server error: ask again with the same key."""
    return status is None or status == 409 or status >= 500


def load(base, token_file, run_id, clients, seconds, journal):
    token = open(token_file).read().strip()
    deadline = time.monotonic() + seconds
    records, lock = [], threading.Lock()

    def worker(thread):
        conn, n = connection(base), 0
        while time.monotonic() < deadline:
            n += 1
            key = str(uuid.uuid4())
            description = f"Crash {run_id} t{thread}-{n}: ổ gà trên phố Hàng Bài"
            body = json.dumps({"categoryCode": "ROADS", "description": description, "lat": LAT, "lon": LON,
                               "anonymous": False}, ensure_ascii=False)
            record = {"key": key, "description": description, "body": body, "sent": time.time()}
            try:
                record["status"], record["replayed"], record["number"] = post(conn, token, key, body)
            except (OSError, http.client.HTTPException) as e:
                record.update(status=None, error=type(e).__name__ + ": " + str(e))
            with lock:
                records.append(record)
            if record["status"] is None:
                return  # the server is gone: this client waits for it to come back (the retry phase)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(journal, "w") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    statuses = Counter(str(r["status"]) for r in records)
    print(f"load: {len(records)} requests, answers {dict(statuses)}")


def retry(base, token_file, journal, seconds, retries_file):
    token = open(token_file).read().strip()
    pending = [r for r in read_lines(journal) if in_doubt(r["status"])]
    results = {r["key"]: {"key": r["key"], "attempts": 0, "statuses": []} for r in pending}
    deadline = time.monotonic() + seconds
    conn = connection(base)
    while pending and time.monotonic() < deadline:
        still = []
        for r in pending:
            result = results[r["key"]]
            result["attempts"] += 1
            try:
                status, replayed, number = post(conn, token, r["key"], r["body"])
            except (OSError, http.client.HTTPException) as e:
                conn.close()
                status, replayed, number = None, False, None
                result["error"] = type(e).__name__ + ": " + str(e)
            result.update(status=status, replayed=replayed, number=number)
            if not result["statuses"] or result["statuses"][-1] != status:
                result["statuses"].append(status)  # the sequence of different answers, e.g. [409, 201]
            if in_doubt(status):
                still.append(r)
        pending = still
        if pending:
            time.sleep(1)
    with open(retries_file, "w") as out:
        for result in results.values():
            out.write(json.dumps(result) + "\n")
    finals = Counter(str(r.get("status")) for r in results.values())
    print(f"retry: {len(results)} requests sent again, final answers {dict(finals)}, still in doubt {len(pending)}")


def read_lines(path):
    with open(path) as lines:
        return [json.loads(line) for line in lines if line.strip()]


def read_dump(path):
    reports = Counter()
    with open(path) as lines:
        for line in lines:
            if line.strip():
                reports[line.rstrip("\n").split("\t")[0]] += 1
    return reports


def verify(journal, retries_file, db_before, db_after, out_json):
    requests = read_lines(journal)
    retries = {r["key"]: r for r in read_lines(retries_file)}
    before, after = read_dump(db_before), read_dump(db_after)
    figures = Counter()
    for r in requests:
        figures["requests"] += 1
        again = retries.get(r["key"])
        final = again["status"] if again else r["status"]
        if acknowledged(r["status"]):
            figures["acknowledged_under_load"] += 1
        else:
            figures["unanswered_at_crash"] += 1
            if before[r["description"]] > 0:
                figures["committed_but_unanswered"] += 1  # the effect was there, the client did not know
        if again:
            figures["retried"] += 1
            figures["retry_attempts"] += again["attempts"]
            if again.get("replayed"):
                figures["retries_replayed"] += 1
            if 409 in again["statuses"]:
                figures["retries_answered_409"] += 1
        if acknowledged(final):
            figures["acknowledged"] += 1
            if after[r["description"]] == 0:
                figures["lost"] += 1
        elif in_doubt(final):
            figures["unresolved"] += 1
        else:
            figures["refused"] += 1  # a definitive 4xx: counted, not expected
        if after[r["description"]] > 1:
            figures["duplicated"] += 1
    for name in ("acknowledged", "lost", "duplicated", "unresolved", "refused", "committed_but_unanswered",
                 "retries_replayed", "retries_answered_409"):
        figures.setdefault(name, 0)
    figures["reports_in_database"] = sum(after.values())
    result = dict(figures)
    with open(out_json, "w") as out:
        json.dump(result, out, indent=2, sort_keys=True)
    print(json.dumps(result, sort_keys=True))
    ok = figures["lost"] == 0 and figures["duplicated"] == 0 and figures["unresolved"] == 0
    print(f"acknowledged {figures['acknowledged']} / lost {figures['lost']} / duplicated {figures['duplicated']} "
          f"/ unresolved {figures['unresolved']}" + ("" if ok else "   <- NOT 0 / 0 / 0"))
    return 0 if ok else 1


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command == "load" and len(argv) == 8:
        load(argv[2], argv[3], argv[4], int(argv[5]), float(argv[6]), argv[7])
    elif command == "retry" and len(argv) == 7:
        retry(argv[2], argv[3], argv[4], float(argv[5]), argv[6])
    elif command == "verify" and len(argv) == 7:
        return verify(*argv[2:7])
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
