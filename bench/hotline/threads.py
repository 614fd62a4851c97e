#!/usr/bin/env python3
"""bench/reports/threads.py for this benchmark's dumps: the platform listens on 127.0.0.1 only here, so Tomcat's
worker threads are named http-nio-127.0.0.1-<port>-exec-<n>, which that script's pattern does not expect.

Usage: threads.py threads-1.txt threads-2.txt ...
"""
import importlib.util
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("reports_threads", os.path.join(here, "..", "reports", "threads.py"))
reports_threads = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reports_threads)
reports_threads.WORKER = re.compile(r'^"(http-nio-[\d.]*-?\d+-exec-\d+|task-\d+|applicationTaskExecutor-\d+)"')

if __name__ == "__main__":
    reports_threads.main(sys.argv[1:])
