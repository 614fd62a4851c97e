#!/usr/bin/env python3
"""Where the platform's CPU goes during votes, from a JFR recording: bench/reports/jfr-top.py with the vote path's
operations in the "inclusive" list. Needs the JDK's `jfr` tool.

Usage: jfr-votes.py recording.jfr
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("jfr_top", os.path.join(HERE, "..", "reports", "jfr-top.py"))
jfr_top = importlib.util.module_from_spec(spec)
spec.loader.exec_module(jfr_top)

jfr_top.INCLUSIVE = [
    ("Spring Security filter chain (all, incl. token)", r"FilterChainProxy\.doFilter"),
    ("  bearer token: the header's regex (DefaultBearerTokenResolver)", r"DefaultBearerTokenResolver\."),
    ("  bearer token: JWT decode + RS256 verify (NimbusJwtDecoder)", r"NimbusJwtDecoder\.decode"),
    ("    the RS256 signature check itself (RSASSAVerifier)", r"RSASSAVerifier\.verify"),
    ("  bearer token: account + roles read (ActorJwtConverter -> Actors)", r"ActorJwtConverter\.convert"),
    ("DispatcherServlet: finding the handler (lookupHandlerMethod: every pattern mapping is tried)", r"AbstractHandlerMethodMapping\.lookupHandlerMethod"),
    ("  RequestMethodsRequestCondition (the method check per mapping)", r"RequestMethodsRequestCondition\.getMatchingCondition"),
    ("  CorsUtils.isPreFlightRequest (per mapping)", r"CorsUtils\.isPreFlightRequest"),
    ("PollApiController.vote (request thread, whole)", r"PollApiController\.vote"),
    ("  JSON reading of the request", r"(AbstractJacksonHttpMessageConverter|MappingJackson2HttpMessageConverter|AbstractJackson2HttpMessageConverter)\.read"),
    ("  Voting.vote (checks, network key, limits, hand-over, wait)", r"Voting\.vote"),
    ("    NetworkKeys.of (HMAC of the /24)", r"NetworkKeys\.of"),
    ("    VoteRateLimit.refusal", r"VoteRateLimit\.refusal"),
    ("    ReceiptCodes (receipt + SHA-256)", r"ReceiptCodes\."),
    ("  JSON writing of the response", r"(JacksonJsonHttpMessageConverter|AbstractJacksonHttpMessageConverter|MappingJackson2HttpMessageConverter)\.write"),
    ("vote writer thread: BallotBatch.commit (whole group transaction)", r"BallotBatch\.commit"),
    ("  BallotBatch.insert (unnest insert ... returning)", r"BallotBatch\.insert"),
    ("  running tallies (Tallies.apply)", r"BallotBatch\$Tallies\.apply"),
    ("  event publication registry (store VotesCast)", r"(PersistentApplicationEventMulticaster|JdbcEventPublicationRepository)"),
    ("confirmations: VoteNotifier.on (async listener)", r"VoteNotifier\.on"),
    ("  Notifier.notify", r"Notifier\.notify"),
    ("transaction commit", r"(DataSourceTransactionManager\.doCommit|PgConnection\.commit)"),
    ("Hikari getConnection", r"HikariDataSource\.getConnection"),
    ("JDBC driver (all)", r"org\.postgresql\."),
    ("Tomcat/NIO socket I/O", r"(NioEndpoint|SocketChannelImpl)\."),
    ("Micrometer / observations", r"io\.micrometer\."),
    ("logging", r"ch\.qos\.logback\."),
]

if __name__ == "__main__":
    jfr_top.main(sys.argv[1])
