import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The vote benchmark's load generator, to 127.0.0.1 only, every step bounded in time. Run with Nimbus JOSE (taken
 * from the platform's own jar) on the class path: {@code java -cp nimbus-jose-jwt.jar Load.java MODE key=value...}
 *
 * <pre>
 *   ceiling base= seconds= workers=
 *       GET /actuator/health/liveness, closed loop (the framework's trivial endpoint)
 *   check   base= jwk= template= account= name=
 *       mints a token for one bench account and shows that the platform accepts it (GET /api/v1/appointments: 200),
 *       that the real token from the sign-in flow is accepted too, and that the same claims signed with another RSA
 *       key (same kid) are refused (401); exits 1 otherwise
 *   vote    base= poll= workers= accounts= jwk= template= criteria= candidates= receipts= seconds= [double=0.0]
 *           [label=] [stop-on-error=false] [started=FILE] [stopped=FILE]
 *       every account of the file (lines "id TAB display name") votes once, on every criterion, a random candidate
 *       each; closed loop, WORKERS voters at a time, until the accounts are used or SECONDS have passed. A share
 *       "double" of the voters (spread evenly) send the identical vote twice at the same moment on two connections.
 *       Each accepted vote (201) is written to the receipts file: voter, fingerprint, receipt, candidates in the
 *       order of the criteria file. With stop-on-error a worker stops at its first transport error (the crash step).
 *       The file "started" is created when the measured loop starts (after the tokens are minted), "stopped" when
 *       it ends (before the figures are computed), so that the caller measures CPU over the loop alone.
 * </pre>
 *
 * Tokens: the claim set of the template (a real access token issued by the platform's authorization server) with
 * sub = the account's id, name = its display name, fresh iat/nbf/jti and the template's lifetime, signed RS256 with
 * the platform's stored JWK under its kid: the same token the platform would issue that account. Minting happens
 * before the measured loop and is timed apart.
 *
 * Prints lines of key=value figures.
 */
public class Load {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final Pattern FINGERPRINT = Pattern.compile("\"fingerprint\"\\s*:\\s*\"([0-9a-f]{64})\"");
    static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"([A-Z0-9-]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("key=value expected: " + args[i]);
            }
            o.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        URI base = URI.create(need(o, "base"));
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        switch (args[0]) {
            case "ceiling" -> ceiling(o);
            case "check" -> System.exit(check(o) ? 0 : 1);
            case "vote" -> vote(o);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String need(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key + "=");
        }
        return v;
    }

    // ---------------------------------------------------------------- tokens

    /** Mints tokens like the template for given accounts, signed with the platform's key. */
    static final class Minter {
        final RSAKey key;
        final JWSHeader header;
        final JWTClaimsSet template;
        final long lifetimeMillis;

        Minter(String jwkJson, String templateToken) throws Exception {
            this(RSAKey.parse(jwkJson.trim()), templateToken);
        }

        Minter(RSAKey key, String templateToken) throws Exception {
            SignedJWT real = SignedJWT.parse(templateToken.trim());
            this.key = key;
            this.template = real.getJWTClaimsSet();
            this.header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build();
            if (!JWSAlgorithm.RS256.equals(real.getHeader().getAlgorithm())) {
                throw new IllegalStateException("template is not RS256: " + real.getHeader());
            }
            this.lifetimeMillis = template.getExpirationTime().getTime() - template.getIssueTime().getTime();
        }

        String mint(RSASSASigner signer, String subject, String name) throws Exception {
            long now = System.currentTimeMillis();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(template)
                    .subject(subject)
                    .issueTime(new Date(now / 1000 * 1000))
                    .notBeforeTime(new Date(now / 1000 * 1000))
                    .expirationTime(new Date(now / 1000 * 1000 + lifetimeMillis))
                    .jwtID(UUID.randomUUID().toString());
            if (template.getClaim("name") != null) {
                claims.claim("name", name);
            }
            SignedJWT jwt = new SignedJWT(header, claims.build());
            jwt.sign(signer);
            return jwt.serialize();
        }
    }

    static boolean check(Map<String, String> o) throws Exception {
        String base = need(o, "base");
        String template = Files.readString(Path.of(need(o, "template")));
        Minter minter = new Minter(Files.readString(Path.of(need(o, "jwk"))), template);
        String account = need(o, "account");
        String name = o.getOrDefault("name", "bench");
        String minted = minter.mint(new RSASSASigner(minter.key), account, name);
        RSAKey other = new RSAKeyGenerator(2048).keyID(minter.key.getKeyID()).generate();
        Minter forger = new Minter(other, template);
        String forged = forger.mint(new RSASSASigner(other), account, name);
        int real = get(base + "/api/v1/appointments", template.trim());
        int mine = get(base + "/api/v1/appointments", minted);
        int foreign = get(base + "/api/v1/appointments", forged);
        int none = get(base + "/api/v1/appointments", null);
        System.out.println("check template_claims=" + minter.template.getClaims().keySet()
                + " lifetime_s=" + minter.lifetimeMillis / 1000 + " kid=" + minter.key.getKeyID());
        System.out.println("check minted_claims=" + SignedJWT.parse(minted).getJWTClaimsSet().toJSONObject());
        System.out.println("check GET /api/v1/appointments: real_token=" + real + " minted_token=" + mine
                + " other_key_same_claims=" + foreign + " no_token=" + none);
        return real == 200 && mine == 200 && foreign == 401 && none == 401;
    }

    static int get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // ---------------------------------------------------------------- ceiling

    static void ceiling(Map<String, String> o) throws Exception {
        String base = need(o, "base");
        int seconds = Integer.parseInt(need(o, "seconds"));
        int workers = Integer.parseInt(need(o, "workers"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(10))
                .build();
        Recorder r = new Recorder(4_000_000, seconds);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        r.start();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    r.add(status, t0, System.nanoTime());
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30, TimeUnit.SECONDS);
        r.stop();
        System.out.println("mode=ceiling workers=" + workers + " " + r.summary(200));
    }

    // ---------------------------------------------------------------- votes

    static void vote(Map<String, String> o) throws Exception {
        String base = need(o, "base");
        String poll = need(o, "poll");
        int workers = Integer.parseInt(need(o, "workers"));
        int seconds = Integer.parseInt(need(o, "seconds"));
        double doubleShare = Double.parseDouble(o.getOrDefault("double", "0"));
        String label = o.getOrDefault("label", "vote");
        boolean stopOnError = Boolean.parseBoolean(o.getOrDefault("stop-on-error", "false"));
        List<String[]> accounts = Files.readAllLines(Path.of(need(o, "accounts"))).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 2))
                .toList();
        List<String> criteria = lines(need(o, "criteria"));
        List<String> candidates = lines(need(o, "candidates"));
        int n = accounts.size();

        // Tokens first, on every core, before anything is measured.
        Minter minter = new Minter(Files.readString(Path.of(need(o, "jwk"))),
                Files.readString(Path.of(need(o, "template"))));
        String[] tokens = new String[n];
        long[] expires = new long[n];
        long m0 = System.nanoTime();
        ThreadLocal<RSASSASigner> signers = ThreadLocal.withInitial(() -> {
            try {
                return new RSASSASigner(minter.key);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                tokens[i] = minter.mint(signers.get(), accounts.get(i)[0], accounts.get(i).length > 1
                        ? accounts.get(i)[1] : "");
                expires[i] = SignedJWT.parse(tokens[i]).getJWTClaimsSet().getExpirationTime().getTime();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double mintSeconds = (System.nanoTime() - m0) / 1e9;
        System.err.printf("%s: %d tokens minted in %.1f s%n", label, n, mintSeconds);

        // Which voters send twice: spread evenly over the accounts (every k-th), so the pairs run all along.
        boolean[] twice = new boolean[n];
        int doubles = 0;
        if (doubleShare > 0) {
            double acc = 0;
            for (int i = 0; i < n; i++) {
                acc += doubleShare;
                if (acc >= 1) {
                    acc -= 1;
                    twice[i] = true;
                    doubles++;
                }
            }
        }

        Recorder r = new Recorder(n + doubles, seconds + 60);
        AtomicInteger next = new AtomicInteger();
        AtomicLong pairsOneAccepted = new AtomicLong();
        AtomicLong pairsBothAccepted = new AtomicLong();
        AtomicLong pairsNoneAccepted = new AtomicLong();
        Map<String, AtomicLong> pairKinds = new ConcurrentHashMap<>();
        AtomicLong fingerprintMismatch = new AtomicLong();
        AtomicLong stoppedWorkers = new AtomicLong();
        AtomicLong expiredAtUse = new AtomicLong();
        BufferedWriter receipts = Files.newBufferedWriter(Path.of(need(o, "receipts")), StandardCharsets.UTF_8);
        URI uri = URI.create(base + "/api/v1/polls/" + poll + "/votes");

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        if (o.containsKey("started")) {
            Files.writeString(Path.of(o.get("started")), Long.toString(System.currentTimeMillis()));
        }
        r.start();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= n) {
                        break;
                    }
                    if (System.currentTimeMillis() >= expires[i] - 1000) {
                        expiredAtUse.incrementAndGet();
                    }
                    String voter = accounts.get(i)[0];
                    String[] chosen = new String[criteria.size()];
                    StringBuilder body = new StringBuilder("{\"choices\":[");
                    for (int c = 0; c < chosen.length; c++) {
                        chosen[c] = candidates.get(random.nextInt(candidates.size()));
                        body.append(c == 0 ? "" : ",").append("{\"criterion\":\"").append(criteria.get(c))
                                .append("\",\"candidate\":\"").append(chosen[c]).append("\"}");
                    }
                    body.append("]}");
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + tokens[i])
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build();
                    tokens[i] = null;
                    boolean transportError = false;
                    if (!twice[i]) {
                        long t0 = System.nanoTime();
                        int status;
                        String answer = "";
                        try {
                            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                            status = response.statusCode();
                            answer = response.body();
                        } catch (Exception e) {
                            status = -1;
                            transportError = true;
                        }
                        r.add(status, t0, System.nanoTime());
                        if (status == 201) {
                            keep(receipts, voter, answer, chosen, fingerprintMismatch);
                        }
                    } else {
                        // The same vote twice at the same moment, on two connections.
                        long t0 = System.nanoTime();
                        long[] done = new long[2];
                        CompletableFuture<HttpResponse<String>> a =
                                HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                                        .whenComplete((x, e) -> done[0] = System.nanoTime());
                        CompletableFuture<HttpResponse<String>> b =
                                HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                                        .whenComplete((x, e) -> done[1] = System.nanoTime());
                        int[] status = new int[2];
                        String[] answer = new String[2];
                        List<CompletableFuture<HttpResponse<String>>> both = List.of(a, b);
                        for (int k = 0; k < 2; k++) {
                            try {
                                HttpResponse<String> response = both.get(k).get(40, TimeUnit.SECONDS);
                                status[k] = response.statusCode();
                                answer[k] = response.body();
                            } catch (Exception e) {
                                status[k] = -1;
                                transportError = true;
                                done[k] = done[k] == 0 ? System.nanoTime() : done[k];
                            }
                            r.add(status[k], t0, done[k]);
                        }
                        int accepted = (status[0] == 201 ? 1 : 0) + (status[1] == 201 ? 1 : 0);
                        (accepted == 1 ? pairsOneAccepted : accepted == 2 ? pairsBothAccepted : pairsNoneAccepted)
                                .incrementAndGet();
                        int lo = Math.min(status[0], status[1]);
                        int hi = Math.max(status[0], status[1]);
                        pairKinds.computeIfAbsent(lo + "+" + hi, k -> new AtomicLong()).incrementAndGet();
                        for (int k = 0; k < 2; k++) {
                            if (status[k] == 201) {
                                keep(receipts, voter, answer[k], chosen, fingerprintMismatch);
                            }
                        }
                    }
                    if (transportError && stopOnError) {
                        stoppedWorkers.incrementAndGet();
                        break;
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        boolean finished = pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        r.stop();
        if (o.containsKey("stopped")) {
            Files.writeString(Path.of(o.get("stopped")), Long.toString(System.currentTimeMillis()));
        }
        synchronized (receipts) {
            receipts.close();
        }
        int used = Math.min(next.get(), n);
        long voterAccepted = r.count(201) - pairsBothAccepted.get();
        System.out.println("mode=vote label=" + label + " workers=" + workers + " accounts=" + n + " voters_sent="
                + used + " double_share=" + doubleShare + " " + r.summary(201)
                + String.format(" voters_accepted=%d voters_accepted_per_second=%.1f", voterAccepted,
                        voterAccepted / r.seconds)
                + " mint_seconds=" + String.format("%.1f", mintSeconds) + " finished=" + finished
                + " expired_at_use=" + expiredAtUse.get() + " fingerprint_mismatch=" + fingerprintMismatch.get()
                + (stopOnError ? " workers_stopped_on_error=" + stoppedWorkers.get() : ""));
        if (doubles > 0 || !pairKinds.isEmpty()) {
            System.out.println("pairs label=" + label + " doubled_voters=" + doubles
                    + " sent_pairs=" + (pairsOneAccepted.get() + pairsBothAccepted.get() + pairsNoneAccepted.get())
                    + " exactly_one_201=" + pairsOneAccepted.get() + " both_201=" + pairsBothAccepted.get()
                    + " no_201=" + pairsNoneAccepted.get() + " statuses=" + new TreeMap<>(pairKinds));
        }
        System.out.println("windows label=" + label + " " + r.windows(201, 10));
    }

    static void keep(BufferedWriter receipts, String voter, String answer, String[] chosen, AtomicLong mismatch) {
        Matcher f = FINGERPRINT.matcher(answer);
        Matcher rc = RECEIPT.matcher(answer);
        String fingerprint = f.find() ? f.group(1) : "";
        String receipt = rc.find() ? rc.group(1) : "";
        if (fingerprint.isEmpty() || !fingerprint.equals(sha256(receipt))) {
            mismatch.incrementAndGet();
        }
        String line = voter + "\t" + fingerprint + "\t" + receipt + "\t" + String.join(",", chosen) + "\n";
        synchronized (receipts) {
            try {
                receipts.write(line);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    // ---------------------------------------------------------------- figures

    /** Every request's status and latency (microseconds), and completions per second since the start. */
    static final class Recorder {
        final int[] statuses;
        final long[] micros;
        final long[] doneAt;
        final AtomicInteger size = new AtomicInteger();
        final AtomicLongArray perSecond;
        long start;
        double seconds;

        Recorder(int capacity, int maxSeconds) {
            statuses = new int[capacity];
            micros = new long[capacity];
            doneAt = new long[capacity];
            perSecond = new AtomicLongArray(maxSeconds + 120);
        }

        void start() {
            start = System.nanoTime();
        }

        void stop() {
            seconds = (System.nanoTime() - start) / 1e9;
        }

        void add(int status, long t0, long t1) {
            int i = size.getAndIncrement();
            if (i < statuses.length) {
                statuses[i] = status;
                micros[i] = (t1 - t0) / 1000;
                doneAt[i] = t1;
            }
        }

        int n() {
            return Math.min(size.get(), statuses.length);
        }

        long count(int status) {
            long c = 0;
            for (int i = 0; i < n(); i++) {
                c += statuses[i] == status ? 1 : 0;
            }
            return c;
        }

        String summary(int ok) {
            int n = n();
            long[] good = new long[n];
            long[] all = new long[n];
            int g = 0;
            TreeMap<Integer, Long> counts = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                counts.merge(statuses[i], 1L, Long::sum);
                all[i] = micros[i];
                if (statuses[i] == ok) {
                    good[g++] = micros[i];
                }
            }
            good = Arrays.copyOf(good, g);
            Arrays.sort(good);
            Arrays.sort(all);
            return String.format(
                    "seconds=%.1f requests=%d ok=%d per_second=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f"
                            + " p999_ms=%.1f max_ms=%.1f all_p99_ms=%.1f all_max_ms=%.1f statuses=%s",
                    seconds, n, g, g / seconds, pct(good, 0.50), pct(good, 0.90), pct(good, 0.99),
                    pct(good, 0.999), g == 0 ? 0 : good[g - 1] / 1000.0, pct(all, 0.99),
                    n == 0 ? 0 : all[n - 1] / 1000.0, counts);
        }

        /** Requests with the status completed in each window of w seconds; partial windows marked. */
        String windows(int ok, int w) {
            int n = n();
            long[] per = new long[(int) Math.ceil(seconds / w) + 1];
            for (int i = 0; i < n; i++) {
                if (statuses[i] == ok) {
                    int k = (int) ((doneAt[i] - start) / 1_000_000_000L / w);
                    if (k >= 0 && k < per.length) {
                        per[k]++;
                    }
                }
            }
            int full = (int) Math.floor(seconds / w);
            // the latency of the requests that completed in each window
            List<List<Long>> lat = new ArrayList<>();
            for (int k = 0; k < per.length; k++) {
                lat.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                if (statuses[i] == ok) {
                    int k = (int) ((doneAt[i] - start) / 1_000_000_000L / w);
                    if (k >= 0 && k < per.length) {
                        lat.get(k).add(micros[i]);
                    }
                }
            }
            List<String> p50s = new ArrayList<>();
            List<String> p99s = new ArrayList<>();
            for (int k = 0; k < per.length; k++) {
                if (k < full || per[k] > 0) {
                    long[] sorted = lat.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
                    p50s.add(String.format("%.0f", pct(sorted, 0.50)));
                    p99s.add(String.format("%.0f", pct(sorted, 0.99)));
                }
            }
            List<String> shown = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            for (int k = 0; k < per.length; k++) {
                if (k < full) {
                    shown.add(String.format("%.0f", per[k] / (double) w));
                    rates.add(per[k] / (double) w);
                } else if (per[k] > 0) {
                    shown.add(String.format("(%.0f)", per[k] / (seconds - (double) k * w)));
                }
            }
            List<Double> sorted = new ArrayList<>(rates);
            sorted.sort(null);
            // sustained: the windows after the first (ramp-up), all full
            List<Double> steady = rates.size() > 1 ? rates.subList(1, rates.size()) : rates;
            List<Double> steadySorted = new ArrayList<>(steady);
            steadySorted.sort(null);
            return String.format("window_s=%d full_windows=%d sustained_min=%.0f sustained_median=%.0f"
                            + " sustained_max=%.0f per_second_by_window=[%s] p50_ms_by_window=[%s]"
                            + " p99_ms_by_window=[%s]",
                    w, rates.size(),
                    steadySorted.isEmpty() ? 0 : steadySorted.get(0),
                    steadySorted.isEmpty() ? 0 : steadySorted.get(steadySorted.size() / 2),
                    steadySorted.isEmpty() ? 0 : steadySorted.get(steadySorted.size() - 1),
                    String.join(" ", shown), String.join(" ", p50s), String.join(" ", p99s));
        }

        static double pct(long[] sorted, double p) {
            return sorted.length == 0
                    ? 0
                    : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
        }
    }
}
