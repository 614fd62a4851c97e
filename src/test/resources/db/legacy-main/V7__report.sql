-- Reports: problems residents report in public space, routed to a ward or a department, with a public timeline.

create table rpt_category (
    code                 text primary key,          -- also the Open311 service_code
    name_vi              text    not null,
    name_en              text    not null,
    description_vi       text    not null,
    description_en       text    not null,
    keywords             text    not null default '',
    sla_working_hours    integer not null check (sla_working_hours > 0),
    department_unit_code text references idn_unit (code),  -- set: routed to this department instead of the ward
    sort_order           integer not null,
    active               boolean not null default true
);

insert into rpt_category (code, name_vi, name_en, description_vi, description_en, keywords, sla_working_hours, department_unit_code, sort_order) values
('ROADS', 'Đường, vỉa hè hư hỏng', 'Roads and pavements', 'Ổ gà, sụt lún, vỉa hè vỡ, nắp hố ga hỏng', 'Potholes, subsidence, broken pavements or manhole covers', 'road pothole pavement', 24, null, 1),
('LIGHTING', 'Đèn chiếu sáng công cộng', 'Street lighting', 'Đèn đường không sáng, sáng ban ngày, cột đèn nghiêng', 'Street lights out, on by day, leaning poles', 'light lamp', 16, null, 2),
('DRAINAGE', 'Thoát nước, ngập úng', 'Drainage and flooding', 'Ngập sau mưa, cống tắc, nước thải tràn', 'Flooding after rain, blocked drains, overflowing sewage', 'flood drain sewer', 8, null, 3),
('WASTE', 'Rác thải, vệ sinh môi trường', 'Waste and cleanliness', 'Rác không được thu gom, đổ trộm phế thải', 'Uncollected rubbish, fly-tipping', 'rubbish garbage trash', 16, null, 4),
('TREES', 'Cây xanh', 'Trees', 'Cây đổ, cành gãy, cây che khuất tầm nhìn', 'Fallen trees, broken branches, trees blocking the view', 'tree branch', 24, null, 5),
('TRAFFIC_SIGNALS', 'Đèn tín hiệu giao thông', 'Traffic signals', 'Đèn tín hiệu hỏng, biển báo mất', 'Broken traffic lights, missing signs', 'traffic signal sign', 8, 'SO-XAYDUNG', 6),
('ILLEGAL_CONSTRUCTION', 'Xây dựng trái phép', 'Illegal construction', 'Công trình không phép, sai phép, lấn chiếm', 'Building without or against a permit, encroachment', 'construction building', 40, null, 7),
('PUBLIC_ORDER', 'Trật tự đô thị', 'Public order', 'Lấn chiếm vỉa hè, quảng cáo sai quy định', 'Pavement occupation, illegal advertising', 'order encroachment', 24, null, 8),
('NOISE', 'Tiếng ồn', 'Noise', 'Tiếng ồn kéo dài, karaoke, công trình ban đêm', 'Persistent noise, karaoke, night works', 'noise karaoke', 24, null, 9),
('WATER_SUPPLY', 'Cấp nước', 'Water supply', 'Mất nước, vỡ đường ống, nước bẩn', 'No water, burst pipes, dirty water', 'water pipe', 16, 'SO-XAYDUNG', 10),
('OTHER', 'Khác', 'Other', 'Vấn đề khác về hạ tầng, môi trường đô thị', 'Any other problem with public space', 'other', 40, null, 11);

create sequence rpt_report_number_seq;

create table rpt_report (
    id             uuid primary key,
    number         text        not null unique,   -- public reference, e.g. PA-2026-000123
    token          uuid        not null unique,   -- Open311 token, given before the id is public
    category_code  text        not null references rpt_category (code),
    description    text        not null check (char_length(description) between 1 and 4000),
    lat            double precision not null,
    lon            double precision not null,
    address        text,
    ward_code      varchar(5)  not null references geo_ward (code),
    unit_id        uuid        not null references idn_unit (id),
    assignee_id    uuid        references idn_account (id),
    status         text        not null check (status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED')),
    status_reason  text,
    reporter_id    uuid        references idn_account (id),
    reporter_name  text,
    reporter_email text,
    reporter_phone text,
    anonymous      boolean     not null default false,
    source         text        not null check (source in ('WEB', 'API', 'OPEN311', 'HOTLINE')),
    client_name    text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    due_at         timestamptz not null,
    resolved_at    timestamptz,
    closed_at      timestamptz,
    rating         smallint check (rating between 1 and 5),
    rating_comment text,
    duplicate_of   uuid        references rpt_report (id),
    supporters     integer     not null default 0,
    version        integer     not null default 0
);
create index rpt_report_feed_idx on rpt_report (created_at desc);
create index rpt_report_unit_idx on rpt_report (unit_id, status, due_at);
create index rpt_report_ward_idx on rpt_report (ward_code, status);
create index rpt_report_place_idx on rpt_report (category_code, lat, lon) where status not in ('CLOSED', 'REJECTED');
create index rpt_report_reporter_idx on rpt_report (reporter_id);

create table rpt_event (
    id          bigserial primary key,
    report_id   uuid        not null references rpt_report (id),
    occurred_at timestamptz not null,
    kind        text        not null,
    status      text        not null,
    public_text text,
    internal    boolean     not null default false,
    actor_id    uuid        references idn_account (id),
    unit_id     uuid        references idn_unit (id)
);
create index rpt_event_report_idx on rpt_event (report_id, occurred_at);
create index rpt_event_time_idx on rpt_event (occurred_at);

create table rpt_photo (
    id           uuid primary key,
    report_id    uuid        not null references rpt_report (id),
    event_id     bigint      references rpt_event (id),
    stage        text        not null check (stage in ('REPORT', 'FIX')),
    content_type text        not null,
    original_key text        not null,
    public_key   text,       -- re-encoded without metadata; null when the format could not be re-encoded
    thumb_key    text,
    bytes        integer     not null,
    width        integer,
    height       integer,
    created_at   timestamptz not null
);
create index rpt_photo_report_idx on rpt_photo (report_id);

create table rpt_supporter (
    report_id  uuid        not null references rpt_report (id),
    account_id uuid        not null references idn_account (id),
    joined_at  timestamptz not null,
    primary key (report_id, account_id)
);

-- API keys of Open311 client applications, issued by administrators; only a SHA-256 of the key is kept.
create table rpt_api_key (
    key_hash    text primary key,
    client_name text        not null,
    created_by  uuid        references idn_account (id),
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
