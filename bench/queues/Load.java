import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queue benchmark's load generator, to 127.0.0.1 only, bounded in time (java Load.java MODE ...).
 *
 *   take    BASE SECONDS WORKERS POINTS_FILE           walk-in tickets on random points and lines, closed loop
 *   open    BASE TOKEN POINTS_FILE COUNTERS            opens counters 1..COUNTERS of every point (setup)
 *   call    BASE SECONDS WORKERS TOKEN POINTS_FILE COUNTERS
 *                                                      call-next + finish at counters 1..COUNTERS of every point, closed
 *                                                      loop, while one board stream per point measures the time from
 *                                                      sending call-next to the board event that shows the number
 *   paced   BASE SECONDS RATE TOKEN POINTS_FILE COUNTERS
 *                                                      call-next + finish at a fixed RATE per second in all (open loop:
 *                                                      each call is sent at its slot whatever the earlier ones are
 *                                                      doing), the counters taken in turn over the points, with the
 *                                                      same board streams and board time as "call"
 *   ceiling BASE SECONDS WORKERS                       GET /actuator/health/liveness, closed loop
 *
 * Prints one line of key=value figures.
 */
public class Load {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final Pattern NUMBER = Pattern.compile("\"number\":\"([A-Z]-\\d+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        switch (args[0]) {
            case "take" -> take(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), points(args[4]));
            case "open" -> open(args[1], args[2], points(args[3]), Integer.parseInt(args[4]));
            case "call" -> call(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4],
                    points(args[5]), Integer.parseInt(args[6]));
            case "paced" -> paced(args[1], Integer.parseInt(args[2]), Double.parseDouble(args[3]), args[4],
                    points(args[5]), Integer.parseInt(args[6]));
            case "ceiling" -> ceiling(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static List<String> points(String file) throws Exception {
        return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file)).stream()
                .filter(l -> !l.isBlank())
                .toList();
    }

    interface Step {
        /** One request; returns its HTTP status. */
        int run(int worker) throws Exception;
    }

    /** WORKERS threads run the step in a loop for SECONDS; latencies in microseconds. */
    static Figures closedLoop(int seconds, int workers, Step step) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Figures figures = new Figures();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = step.run(worker);
                    } catch (Exception e) {
                        status = -1;
                    }
                    figures.add(status, (System.nanoTime() - t0) / 1000);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30, TimeUnit.SECONDS);
        figures.seconds = (System.nanoTime() - start) / 1e9;
        return figures;
    }

    static void take(String base, int seconds, int workers, List<String> points) throws Exception {
        String[] lines = {"A", "B", "C", "D"};
        Figures f = closedLoop(seconds, workers, w -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String point = points.get(random.nextInt(points.size()));
            String body = "{\"service\":\"" + lines[random.nextInt(4)] + "\"}";
            return post(base + "/api/v1/service-points/" + point + "/tickets", null, body).statusCode();
        });
        System.out.println("mode=take " + f.summary(201));
    }

    static void open(String base, String token, List<String> points, int counters) throws Exception {
        int ok = 0;
        for (String point : points) {
            for (int n = 1; n <= counters; n++) {
                int status = post(base + "/api/v1/desk/counters/" + point + "/" + n + "/open", token, null)
                        .statusCode();
                ok += status == 204 ? 1 : 0;
            }
        }
        System.out.println("mode=open opened=" + ok);
    }

    static void call(String base, int seconds, int workers, String token, List<String> points, int counters)
            throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        List<Long> boardMicros = Collections.synchronizedList(new ArrayList<>());
        AtomicLong events = new AtomicLong();
        List<java.util.concurrent.CompletableFuture<?>> streams = new ArrayList<>();
        for (String point : points) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/service-points/" + point + "/board"))
                    .header("Accept", "text/event-stream")
                    .build();
            streams.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body()
                    .filter(l -> l.startsWith("data:"))
                    .forEach(l -> {
                        long now = System.nanoTime();
                        events.incrementAndGet();
                        Matcher m = NUMBER.matcher(l);
                        while (m.find()) {
                            Long t0 = sent.remove(point + "/" + m.group(1));
                            if (t0 != null) {
                                boardMicros.add((now - t0) / 1000);
                            }
                        }
                    })));
        }
        Thread.sleep(2000);
        List<String[]> pairs = new ArrayList<>();
        for (int n = 1; n <= counters; n++) {
            for (String point : points) {
                pairs.add(new String[] {point, String.valueOf(n)});
            }
        }
        AtomicLong finished = new AtomicLong();
        Pattern ticket = Pattern.compile("\"number\":\"([A-Z]-\\d+)\"");
        int[] next = new int[workers];
        Figures f = closedLoop(seconds, workers, w -> {
            // Each worker owns the pairs w, w + workers, w + 2 × workers...: one clerk per counter.
            int mine = (pairs.size() + workers - 1 - w) / workers;
            if (mine == 0) {
                Thread.sleep(100);
                return 0;
            }
            String[] pair = pairs.get(w + workers * (next[w]++ % mine));
            String counter = base + "/api/v1/desk/counters/" + pair[0] + "/" + pair[1];
            long t0 = System.nanoTime();
            HttpResponse<String> called = post(counter + "/call-next", token, null);
            if (called.statusCode() == 200) {
                Matcher m = ticket.matcher(called.body());
                if (m.find()) {
                    sent.put(pair[0] + "/" + m.group(1), t0);
                }
                if (post(counter + "/finish", token, "{\"note\":\"bench\"}").statusCode() == 200) {
                    finished.incrementAndGet();
                }
            }
            return called.statusCode();
        });
        Thread.sleep(3000);
        streams.forEach(s -> s.cancel(true));
        List<Long> board = new ArrayList<>(boardMicros);
        Collections.sort(board);
        System.out.println("mode=call " + f.summary(200) + " finished=" + finished.get() + " board_events=" + events.get()
                + " board_matched=" + board.size() + " board_unmatched=" + sent.size()
                + " board_p50_ms=" + pct(board, 0.50) / 1000.0 + " board_p99_ms=" + pct(board, 0.99) / 1000.0
                + " board_max_ms=" + (board.isEmpty() ? 0 : board.get(board.size() - 1) / 1000.0));
    }

    /**
     * Open loop: slot k is start + k / RATE; at its slot a call is handed to a thread of an unbounded pool, so a slow
     * answer never delays the next call. Each call takes the next free counter in turn (counter 1 of every point,
     * then counter 2 of every point...), so consecutive calls land on different centres and one counter never has
     * two calls at once. Board time as in "call": from sending call-next to the first board event of that point that
     * lists the called number; board_after_answer is the same event's time after call-next's answer arrived.
     */
    static void paced(String base, int seconds, double rate, String token, List<String> points, int counters)
            throws Exception {
        Map<String, long[]> sent = new ConcurrentHashMap<>();
        List<Long> boardMicros = Collections.synchronizedList(new ArrayList<>());
        List<Long> afterAnswerMicros = Collections.synchronizedList(new ArrayList<>());
        AtomicLong events = new AtomicLong();
        List<java.util.concurrent.CompletableFuture<?>> streams = new ArrayList<>();
        for (String point : points) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/service-points/" + point + "/board"))
                    .header("Accept", "text/event-stream")
                    .build();
            streams.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body()
                    .filter(l -> l.startsWith("data:"))
                    .forEach(l -> {
                        long now = System.nanoTime();
                        events.incrementAndGet();
                        Matcher m = NUMBER.matcher(l);
                        while (m.find()) {
                            long[] t = sent.get(point + "/" + m.group(1));
                            if (t != null && sent.remove(point + "/" + m.group(1), t)) {
                                boardMicros.add((now - t[0]) / 1000);
                                afterAnswerMicros.add((now - t[1]) / 1000);
                            }
                        }
                    })));
        }
        Thread.sleep(2000);
        List<String[]> pairs = new ArrayList<>();
        for (int n = 1; n <= counters; n++) {
            for (String point : points) {
                pairs.add(new String[] {point, String.valueOf(n)});
            }
        }
        java.util.concurrent.atomic.AtomicBoolean[] busy = new java.util.concurrent.atomic.AtomicBoolean[pairs.size()];
        for (int i = 0; i < busy.length; i++) {
            busy[i] = new java.util.concurrent.atomic.AtomicBoolean();
        }
        AtomicLong cursor = new AtomicLong();
        AtomicLong noFreeCounter = new AtomicLong();
        AtomicLong maxLateMicros = new AtomicLong();
        Figures calls = new Figures();
        Figures finishes = new Figures();
        List<Long> callAll = Collections.synchronizedList(new ArrayList<>());
        Pattern ticket = Pattern.compile("\"number\":\"([A-Z]-\\d+)\"");
        ExecutorService pool = Executors.newCachedThreadPool();
        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long slots = 0;
        for (long slot = start; slot < end; slot += intervalNanos) {
            long wait = slot - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long due = slot;
            slots++;
            pool.submit(() -> {
                int index = -1;
                for (int tries = 0; tries < pairs.size(); tries++) {
                    int i = (int) (cursor.getAndIncrement() % pairs.size());
                    if (busy[i].compareAndSet(false, true)) {
                        index = i;
                        break;
                    }
                }
                if (index < 0) {
                    noFreeCounter.incrementAndGet();
                    return null;
                }
                try {
                    String[] pair = pairs.get(index);
                    String counter = base + "/api/v1/desk/counters/" + pair[0] + "/" + pair[1];
                    long t0 = System.nanoTime();
                    maxLateMicros.accumulateAndGet((t0 - due) / 1000, Math::max);
                    long[] times = {t0, 0};
                    int status;
                    String body = "";
                    try {
                        HttpResponse<String> called = post(counter + "/call-next", token, null);
                        status = called.statusCode();
                        body = called.body();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long t1 = System.nanoTime();
                    calls.add(status, (t1 - t0) / 1000);
                    callAll.add((t1 - due) / 1000);
                    if (status == 200) {
                        Matcher m = ticket.matcher(body);
                        if (m.find()) {
                            String key = pair[0] + "/" + m.group(1);
                            times[1] = t1;
                            // known only once call-next answers: a board event before that is missed here, and
                            // the call counts as matched only if a later event of its point still lists the number
                            sent.put(key, times);
                        }
                        long f0 = System.nanoTime();
                        int finished;
                        try {
                            finished = post(counter + "/finish", token, "{\"note\":\"bench\"}").statusCode();
                        } catch (Exception e) {
                            finished = -1;
                        }
                        finishes.add(finished, (System.nanoTime() - f0) / 1000);
                    }
                } finally {
                    busy[index].set(false);
                }
                return null;
            });
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        Thread.sleep(3000);
        streams.forEach(s -> s.cancel(true));
        calls.seconds = sendSeconds;
        finishes.seconds = sendSeconds;
        List<Long> board = new ArrayList<>(boardMicros);
        Collections.sort(board);
        List<Long> slotSorted = new ArrayList<>(callAll);
        Collections.sort(slotSorted);
        List<Long> after = new ArrayList<>(afterAnswerMicros);
        Collections.sort(after);
        System.out.println("mode=paced rate=" + rate + " slots=" + slots + " no_free_counter=" + noFreeCounter.get()
                + " max_send_late_ms=" + maxLateMicros.get() / 1000.0 + " call: " + calls.summary(200)
                + " call_max_ms=" + calls.max(200) / 1000.0
                + " call_from_slot_p99_ms=" + pct(slotSorted, 0.99) / 1000.0
                + " finish: " + finishes.summary(200).replace("seconds=", "finish_seconds=")
                + " board_events=" + events.get() + " board_matched=" + board.size() + " board_unmatched=" + sent.size()
                + " board_p50_ms=" + pct(board, 0.50) / 1000.0 + " board_p99_ms=" + pct(board, 0.99) / 1000.0
                + " board_max_ms=" + (board.isEmpty() ? 0 : board.get(board.size() - 1) / 1000.0)
                + " board_after_answer_n=" + after.size()
                + " board_after_answer_p50_ms=" + pct(after, 0.50) / 1000.0
                + " board_after_answer_p99_ms=" + pct(after, 0.99) / 1000.0
                + " board_after_answer_max_ms=" + (after.isEmpty() ? 0 : after.get(after.size() - 1) / 1000.0));
    }

    static void ceiling(String base, int seconds, int workers) throws Exception {
        Figures f = closedLoop(seconds, workers, w -> HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode());
        System.out.println("mode=ceiling " + f.summary(200));
    }

    static HttpResponse<String> post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static final class Figures {
        final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        final List<Long> okMicros = Collections.synchronizedList(new ArrayList<>());
        double seconds;

        void add(int status, long micros) {
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            okMicros.add(status * 1_000_000_000L + micros);
        }

        long max(int ok) {
            long max = 0;
            for (long v : new ArrayList<>(okMicros)) {
                if (v / 1_000_000_000L == ok) {
                    max = Math.max(max, v % 1_000_000_000L);
                }
            }
            return max;
        }

        String summary(int ok) {
            List<Long> good = new ArrayList<>();
            for (long v : new ArrayList<>(okMicros)) {
                if (v / 1_000_000_000L == ok) {
                    good.add(v % 1_000_000_000L);
                }
            }
            Collections.sort(good);
            return String.format("seconds=%.1f ok=%d per_second=%.1f p50_ms=%.1f p99_ms=%.1f statuses=%s",
                    seconds, good.size(), good.size() / seconds, pct(good, 0.5) / 1000.0, pct(good, 0.99) / 1000.0,
                    statuses);
        }
    }
}
