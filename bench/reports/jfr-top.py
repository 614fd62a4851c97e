#!/usr/bin/env python3
"""Where the platform's CPU goes, from a JFR recording (jdk.ExecutionSample, i.e. Java threads on CPU).

Prints: samples per thread group; "self" time by component (innermost frame that belongs to a known library);
"inclusive" share of a few operations of interest (a sample counts if the method is anywhere on the stack);
and the top self methods. Needs the JDK's `jfr` tool.

Usage: jfr-top.py recording.jfr
"""
import collections
import re
import subprocess
import sys

COMPONENTS = [  # innermost match wins (walking from the top frame down)
    ("PostgreSQL JDBC driver", r"^org\.postgresql\."),
    ("Hikari pool", r"^com\.zaxxer\.hikari\."),
    ("JWT / crypto (Nimbus, RSA, BigInteger)", r"^(com\.nimbusds\.|sun\.security\.(rsa|provider|ec|util)\.|java\.math\.(Mutable)?BigInteger|java\.security\.(Signature|MessageDigest|KeyFactory)|javax\.crypto\.)"),
    ("JSON (Jackson)", r"^(tools\.jackson\.|com\.fasterxml\.jackson\.)"),
    ("Thymeleaf / attoparser", r"^(org\.thymeleaf\.|org\.attoparser\.|org\.unbescape\.)"),
    ("Logback", r"^ch\.qos\.logback\."),
    ("JTS geometry", r"^org\.locationtech\.jts\."),
    ("Hibernate Validator", r"^org\.hibernate\.validator\."),
    ("Spring Modulith", r"^org\.springframework\.modulith\."),
    ("Spring Security", r"^org\.springframework\.security\."),
    ("Spring JDBC / tx", r"^org\.springframework\.(jdbc|transaction)\."),
    ("Spring MVC / web", r"^org\.springframework\.web\."),
    ("class-path resource lookup (Spring Boot nested-jar loader)", r"^org\.springframework\.boot\.loader\."),
    ("Spring (other)", r"^org\.springframework\."),
    ("Micrometer", r"^io\.micrometer\."),
    ("OpenCity code", r"^org\.opencity\."),
    ("Tomcat", r"^org\.apache\.(tomcat|coyote|catalina)\."),
    ("JDK networking (NIO)", r"^sun\.nio\."),
]
INCLUSIVE = [
    ("bearer token: JWT decode + verify (NimbusJwtDecoder)", r"NimbusJwtDecoder\.decode"),
    ("bearer token: account/roles lookup (ActorJwtConverter)", r"ActorJwtConverter\.convert"),
    ("ReportManagement.submit (whole transaction body)", r"ReportManagement\.submit"),
    ("  ReportLocator.locate (point -> ward)", r"ReportLocator\.locate"),
    ("  RoutingPolicy.route", r"RoutingPolicy\.route"),
    ("  ReportSteps.create (inserts + events)", r"ReportSteps\.create"),
    ("  event publication registry (store event)", r"(PersistentApplicationEventMulticaster|JdbcEventPublicationRepository)"),
    ("  ReportViews.publicView (response view)", r"ReportViews\.publicView"),
    ("ReportManagement.feed", r"ReportManagement\.feed"),
    ("  ReportRepository.select", r"ReportRepository\.select"),
    ("  ReportRepository.count", r"ReportRepository\.count"),
    ("  ReportViews.summaries", r"ReportViews\.summaries"),
    ("ReportPageController (HTML page)", r"ReportPageController\."),
    ("Thymeleaf rendering", r"org\.thymeleaf\."),
    ("notification listener (ReportNotifier.on)", r"ReportNotifier\.on"),
    ("transaction commit", r"(DataSourceTransactionManager\.doCommit|PgConnection\.commit)"),
    ("JSON writing of the response", r"(JacksonJsonHttpMessageConverter|AbstractJacksonHttpMessageConverter|MappingJackson2HttpMessageConverter)\.write"),
    ("JSON reading of the request", r"(AbstractJacksonHttpMessageConverter|MappingJackson2HttpMessageConverter)\.read"),
    ("logging", r"ch\.qos\.logback\."),
    ("@ControllerAdvice matching (HandlerTypePredicate)", r"HandlerTypePredicate\.test"),
    ("@ModelAttribute advice methods (ModelFactory)", r"ModelFactory\.invokeModelAttributeMethods"),
    ("  UnreadCountAdvice (inbox count, also on JSON API calls)", r"UnreadCountAdvice\."),
    ("link encoding via ResourceUrlEncodingFilter (static-resource lookups)", r"ResourceUrlEncodingFilter\$ResourceUrlEncodingResponseWrapper\.encodeURL"),
    ("class-path resource lookups (ClassLoader.getResource, jar URL connections)", r"ClassLoader\.getResource|JarUrlConnection\."),
    ("JDBC driver (all)", r"org\.postgresql\."),
    ("Spring Security filter chain (all, incl. token)", r"FilterChainProxy\.doFilter"),
]


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                         capture_output=True, text=True, check=True).stdout
    thread, frames, in_stack = None, [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("sampledThread"):
            m = re.search(r'"([^"]*)"', s)
            thread = m.group(1) if m else "?"
        elif s.startswith("stackTrace = ["):
            in_stack, frames = True, []
        elif in_stack and s == "]":
            in_stack = False
            yield thread, frames
        elif in_stack and s and s != "...":
            frames.append(re.sub(r"\s+line:.*$", "", s))


def attributable(frames):
    """Frames for self-time attribution. JFR sometimes reports Spring Boot's JarFileUrlKey.equals/hashCode as the
    key comparison of unrelated HashMap lookups (String keys in Micrometer, Spring MVC, Tomcat); such a frame is
    skipped unless the map really belongs to the jar loader (a loader frame right below the HashMap frames)."""
    for i, f in enumerate(frames):
        if "JarFileUrlKey." in f and i + 1 < len(frames) and frames[i + 1].startswith("java.util.HashMap."):
            below = [g for g in frames[i + 1:i + 6] if not g.startswith(("java.util.", "org.springframework.boot.loader.net.protocol.jar.JarFileUrlKey"))]
            if not (below and below[0].startswith("org.springframework.boot.loader.")):
                continue
        yield f


def group(thread):
    if thread.startswith("http-nio"):
        return "Tomcat request threads"
    if thread.startswith(("task-", "applicationTaskExecutor")):
        return "async listener threads"
    return "other (" + re.sub(r"[-#]?\d+$", "", thread) + ")"


def main(path):
    comps = [(n, re.compile(r)) for n, r in COMPONENTS]
    incl = [(n, re.compile(r)) for n, r in INCLUSIVE]
    total = 0
    groups, comp, inc, top = (collections.Counter() for _ in range(4))
    for thread, frames in samples(path):
        if not frames:
            continue
        total += 1
        groups[group(thread)] += 1
        name = next((n for f in attributable(frames) for n, r in comps if r.search(f)), None)
        comp[name or "JDK / other: " + frames[0].split("(")[0]] += 1
        joined = "\n".join(frames)
        for n, r in incl:
            if r.search(joined):
                inc[n] += 1
        top[frames[0].split("(")[0]] += 1
    pct = lambda c: 100.0 * c / total if total else 0
    print(f"{total} execution samples (Java threads on CPU) in {path}\n")
    print("by thread group")
    for n, c in groups.most_common():
        print(f"  {pct(c):5.1f}%  {n}")
    print("\nself time by component (innermost known frame)")
    for n, c in comp.most_common(25):
        print(f"  {pct(c):5.1f}%  {n}")
    print("\ninclusive (method anywhere on the stack)")
    for n, _ in INCLUSIVE:
        print(f"  {pct(inc[n]):5.1f}%  {n}")
    print("\ntop self methods")
    for n, c in top.most_common(20):
        print(f"  {pct(c):5.1f}%  {n}")


if __name__ == "__main__":
    main(sys.argv[1])
