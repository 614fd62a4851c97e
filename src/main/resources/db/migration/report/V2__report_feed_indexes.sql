-- Filtered public feeds (by category or ward, newest first) read an index instead of scanning every report.
create index rpt_report_category_feed_idx on rpt_report (category_code, created_at desc);
create index rpt_report_ward_feed_idx on rpt_report (ward_code, created_at desc);
