#!/usr/bin/env python3
"""What the request threads were doing in a few `jcmd <pid> Thread.print` dumps taken under load.

Each Tomcat worker thread (http-nio-*-exec-*) and each async listener thread (task-*) is put in one bucket by
the innermost frame that says what it waits for or works on (pool, database socket, JWT signature, JSON,
template, ...), and is also labelled with the innermost OpenCity method on its stack.

Usage: threads.py threads-1.txt threads-2.txt ...
"""
import collections
import re
import sys

RULES = [  # (bucket, regex on one frame), checked from the top of the stack down; first match wins
    ("idle: waiting for work", re.compile(r"ThreadPoolExecutor\.getTask|TaskQueue\.(take|poll)|LinkedBlockingQueue\.take")),
    ("waiting for a DB connection (Hikari pool)", re.compile(r"com\.zaxxer\.hikari\.pool\.HikariPool\.getConnection|ConcurrentBag\.borrow")),
    ("in PostgreSQL: waiting for the database's answer", re.compile(r"org\.postgresql\.core\.(VisibleBufferedInputStream|PGStream)|org\.postgresql\.core\.v3\.QueryExecutorImpl\.processResults")),
    ("in PostgreSQL driver (Java side)", re.compile(r"org\.postgresql\.")),
    ("Hikari (Java side)", re.compile(r"com\.zaxxer\.hikari\.")),
    ("reading the request / writing the response (socket)", re.compile(r"org\.apache\.tomcat\.util\.net\.(NioEndpoint\$NioSocketWrapper|NioChannel|SocketWrapperBase)\.")),
    ("JWT signature / crypto", re.compile(r"com\.nimbusds\.|sun\.security\.(rsa|provider|ec|util)\.|java\.math\.(Mutable)?BigInteger|java\.security\.(Signature|MessageDigest|KeyFactory)")),
    ("JSON (Jackson)", re.compile(r"tools\.jackson\.|com\.fasterxml\.jackson\.")),
    ("static-resource lookup for a link (ResourceUrlEncodingFilter)", re.compile(r"ResourceUrlEncodingFilter\$ResourceUrlEncodingResponseWrapper\.encodeURL")),
    ("HTML template (Thymeleaf)", re.compile(r"org\.thymeleaf\.|org\.attoparser\.")),
    ("logging (Logback)", re.compile(r"ch\.qos\.logback\.")),
    ("geometry (JTS)", re.compile(r"org\.locationtech\.jts\.")),
    ("bean validation", re.compile(r"org\.hibernate\.validator\.")),
    ("messages / i18n", re.compile(r"MessageSource|java\.text\.MessageFormat|ResourceBundle")),
    ("transaction / connection handling (Spring tx, JDBC)", re.compile(r"org\.springframework\.(transaction|jdbc)\.")),
    ("Spring Modulith events", re.compile(r"org\.springframework\.modulith\.")),
    ("Spring Security filters", re.compile(r"org\.springframework\.security\.")),
    ("Micrometer / observation", re.compile(r"io\.micrometer\.")),
    ("OpenCity code", re.compile(r"org\.opencity\.")),
    ("Spring (other)", re.compile(r"org\.springframework\.")),
    ("Tomcat", re.compile(r"org\.apache\.(tomcat|coyote|catalina)\.")),
]
WORKER = re.compile(r'^"(http-nio-\d+-exec-\d+|task-\d+|applicationTaskExecutor-\d+)"')
OPENCITY = re.compile(r"at (org\.opencity\.[\w.$]+)\(")


def threads(text):
    block = None
    for line in text.splitlines():
        if line.startswith('"'):
            if block:
                yield block
            block = [line]
        elif block is not None:
            if not line.strip():
                yield block
                block = None
            else:
                block.append(line)
    if block:
        yield block


def classify(block):
    frames = [l.strip()[3:] for l in block if l.strip().startswith("at ")]
    state = next((l.split(":", 1)[1].strip() for l in block if "java.lang.Thread.State" in l), "?")
    bucket = None
    for frame in frames:
        for name, rule in RULES:
            if rule.search(frame):
                bucket = name
                break
        if bucket:
            break
    bucket = bucket or (frames[0] if frames else "?")
    if state.startswith("BLOCKED"):
        lock = next((l.strip() for l in block if "waiting to lock" in l), "")
        bucket = "BLOCKED on a monitor: " + re.sub(r"<0x[0-9a-f]+> ", "", lock.replace("- waiting to lock ", ""))
    where = next((m.group(1) for l in block for m in [OPENCITY.search(l)] if m), "-")
    return bucket, where


def main(paths):
    by_bucket = collections.Counter()
    by_where = collections.Counter()
    kinds = collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for block in threads(f.read()):
                m = WORKER.match(block[0])
                if not m:
                    continue
                kind = "tomcat" if m.group(1).startswith("http-nio") else "async"
                bucket, where = classify(block)
                kinds[kind] += 1
                by_bucket[(kind, bucket)] += 1
                if not bucket.startswith("idle"):
                    by_where[(kind, bucket, where)] += 1
    n = max(len(paths), 1)
    print(f"{len(paths)} dumps; average threads per dump: "
          + ", ".join(f"{k} {v / n:.0f}" for k, v in sorted(kinds.items())))
    print("\nbucket (average threads per dump)")
    for (kind, bucket), count in by_bucket.most_common():
        print(f"  {kind:6} {count / n:7.1f}  {bucket}")
    print("\nbusy threads by innermost OpenCity method (average per dump)")
    for (kind, bucket, where), count in by_where.most_common(25):
        print(f"  {kind:6} {count / n:7.1f}  {where}  [{bucket}]")


if __name__ == "__main__":
    main(sys.argv[1:])
