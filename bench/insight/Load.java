import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The insight benchmark's HTTP client (bench/insight/run.sh), to 127.0.0.1 only, every step bounded in time. No
 * dependencies: {@code java Load.java MODE key=value...}
 *
 * <pre>
 *   seq   base= targets= requests= warmup= seconds= [token=FILE] [login= password=] [bodies=DIR]
 *       for each target of the file in turn: WARMUP requests unmeasured, then REQUESTS one after the other (or
 *       until SECONDS have passed for that target), closed loop, one connection; one line of figures per target.
 *       The first answer of each target is saved in BODIES (to check what was measured).
 *   mixed base= targets= workers= seconds= [token=FILE] [login= password=] [started=FILE] [stopped=FILE]
 *       WORKERS clients at once for SECONDS, each taking the targets in its own random order again and again
 *       (a few operators and visitors at the same time); one line per target and one for all.
 * </pre>
 *
 * The targets file has one target per line: {@code label TAB auth TAB path}, auth being none (anonymous), bearer
 * (the access token in TOKEN, for /api/v1/insight/dashboard) or session (signed in through the login form as LOGIN,
 * for the /operations pages; one session shared by every worker, like one operator's browser tabs).
 *
 * Latency is measured from sending the request to having read the whole body. Figures in milliseconds.
 */
public class Load {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    record Target(String label, String auth, String path) {}

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
        // The signed-in operator's browser keeps its own cookies; anonymous and bearer requests carry none (a public
        // page's answer may set a session cookie, which must not replace the operator's).
        HttpClient session = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpClient plain = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<Target> targets = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(need(o, "targets")))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            targets.add(new Target(f[0], f[1], f[2]));
        }
        String token = o.containsKey("token") ? Files.readString(Path.of(o.get("token"))).trim() : null;
        if (targets.stream().anyMatch(t -> t.auth().equals("session"))) {
            login(session, need(o, "base"), need(o, "login"), o.getOrDefault("password", "OpenCity@2026"));
        }
        Client client = new Client(session, plain, need(o, "base"), token);
        switch (args[0]) {
            case "seq" -> seq(client, targets, o);
            case "mixed" -> mixed(client, targets, o);
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

    /** Signs in through the login form (its CSRF token, then the form post); the session cookie stays in HTTP. */
    static void login(HttpClient http, String base, String login, String password) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("login page without a _csrf input: " + page.statusCode());
        }
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login as " + login + " failed: " + signedIn.statusCode() + " " + location);
        }
    }

    record Answer(int status, long nanos, int bytes, byte[] body) {}

    static final class Client {
        final HttpClient session;
        final HttpClient plain;
        final String base;
        final String token;

        Client(HttpClient session, HttpClient plain, String base, String token) {
            this.session = session;
            this.plain = plain;
            this.base = base;
            this.token = token;
        }

        Answer get(Target t) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + t.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", "vi");
            if (t.auth().equals("bearer")) {
                b.header("Authorization", "Bearer " + token).header("Accept", "application/json");
            } else if (t.path().startsWith("/api/")) {
                b.header("Accept", "application/json");
            } else if (!t.path().startsWith("/actuator/")) {
                b.header("Accept", "text/html");
            }
            HttpRequest request = b.build();
            HttpClient http = t.auth().equals("session") ? session : plain;
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long t1 = System.nanoTime();
                return new Answer(r.statusCode(), t1 - t0, r.body().length, r.body());
            } catch (Exception e) {
                return new Answer(-1, System.nanoTime() - t0, 0, new byte[0]);
            }
        }
    }

    /** Latencies of one target (nanoseconds) and the statuses it got. */
    static final class Stats {
        final List<Long> nanos = new ArrayList<>();
        final Map<Integer, Integer> statuses = new TreeMap<>();
        long bytes;

        synchronized void add(Answer a) {
            nanos.add(a.nanos());
            statuses.merge(a.status(), 1, Integer::sum);
            bytes += a.bytes();
        }

        synchronized String line() {
            long[] v = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(v);
            double mean = Arrays.stream(v).average().orElse(0) / 1e6;
            StringBuilder s = new StringBuilder();
            statuses.forEach((k, n) -> s.append(s.length() == 0 ? "" : ",").append(k).append(':').append(n));
            return String.format(
                    "n=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f mean_ms=%.1f statuses=%s mean_bytes=%d",
                    v.length, pct(v, 50), pct(v, 90), pct(v, 99), v.length == 0 ? 0 : v[v.length - 1] / 1e6, mean, s,
                    v.length == 0 ? 0 : bytes / v.length);
        }

        /** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
        static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }
    }

    static void seq(Client client, List<Target> targets, Map<String, String> o) throws Exception {
        int requests = Integer.parseInt(need(o, "requests"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        long seconds = Long.parseLong(o.getOrDefault("seconds", "30"));
        Path bodies = o.containsKey("bodies") ? Path.of(o.get("bodies")) : null;
        if (bodies != null) {
            Files.createDirectories(bodies);
        }
        for (Target t : targets) {
            for (int i = 0; i < warmup; i++) {
                Answer a = client.get(t);
                if (i == 0 && bodies != null) {
                    Files.write(bodies.resolve(t.label() + (t.path().startsWith("/api/") ? ".json" : ".html")), a.body());
                }
            }
            Stats s = new Stats();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (int i = 0; i < requests && System.nanoTime() < end; i++) {
                s.add(client.get(t));
            }
            System.out.println("latency mode=seq target=" + t.label() + " " + s.line() + " auth=" + t.auth()
                    + " path=" + t.path());
        }
    }

    static void mixed(Client client, List<Target> targets, Map<String, String> o) throws Exception {
        int workers = Integer.parseInt(need(o, "workers"));
        long seconds = Long.parseLong(need(o, "seconds"));
        Map<String, Stats> byTarget = new ConcurrentHashMap<>();
        Stats all = new Stats();
        targets.forEach(t -> byTarget.put(t.label(), new Stats()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        if (o.containsKey("started")) {
            Files.writeString(Path.of(o.get("started")), "");
        }
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                List<Target> order = new ArrayList<>(targets);
                while (System.nanoTime() < end) {
                    java.util.Collections.shuffle(order, ThreadLocalRandom.current());
                    for (Target t : order) {
                        if (System.nanoTime() >= end) {
                            break;
                        }
                        Answer a = client.get(t);
                        byTarget.get(t.label()).add(a);
                        all.add(a);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (o.containsKey("stopped")) {
            Files.writeString(Path.of(o.get("stopped")), "");
        }
        for (Target t : targets) {
            System.out.println("latency mode=mixed workers=" + workers + " target=" + t.label() + " "
                    + byTarget.get(t.label()).line());
        }
        System.out.printf(
                "latency mode=mixed workers=%d target=ALL seconds=%.1f rps=%.1f %s%n",
                workers, elapsed, all.nanos.size() / elapsed, all.line());
    }
}
