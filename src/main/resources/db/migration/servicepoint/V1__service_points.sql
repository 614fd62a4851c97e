-- Where residents are served in person: every ward's public-service centre, the city's centre and the mobile
-- service vehicles. A point has service lines (the letter on a queue ticket), counters that serve some lines, and
-- opening windows per weekday (a vehicle's windows say where it stands). Holidays come from the platform calendar.

create table sp_point (
    code          text primary key,             -- the identity unit's code for centres (TTPVHCC-00070), XE-01.. for vehicles
    kind          text not null check (kind in ('WARD_CENTRE', 'CITY_CENTRE', 'VEHICLE')),
    name_vi       text not null,
    name_en       text not null,
    ward_code     varchar(5),                   -- the ward a centre serves; a vehicle's home ward
    unit_code     text not null,                -- whose clerks run it (identity unit)
    address       text not null,
    lat           double precision,
    lon           double precision,
    search_folded text not null,
    version       integer not null default 0,
    updated_at    timestamptz not null default now()
);
create index sp_point_ward_idx on sp_point (ward_code);
create index sp_point_kind_idx on sp_point (kind);

create table sp_line (
    point_code  text not null references sp_point (code) on delete cascade,
    code        varchar(2) not null check (code ~ '^[A-Z]{1,2}$'),
    name_vi     text not null,
    name_en     text not null,
    field_codes text[] not null default '{}',   -- procedure fields served here
    serves_all  boolean not null default false, -- the general line takes every field no other line names
    position    integer not null,
    primary key (point_code, code)
);

create table sp_counter (
    id                    bigserial primary key,
    point_code            text not null references sp_point (code) on delete cascade,
    number                integer not null check (number between 1 and 99),
    line_codes            text[] not null check (cardinality(line_codes) > 0),
    appointments_per_slot integer not null default 1 check (appointments_per_slot between 0 and 20),
    active                boolean not null default true,
    unique (point_code, number)
);

create table sp_opening (
    id         bigserial primary key,
    point_code text not null references sp_point (code) on delete cascade,
    weekday    integer not null check (weekday between 1 and 7),  -- ISO: 1 = Monday
    opens      time not null,
    closes     time not null,
    ward_code  varchar(5),   -- a vehicle's stop: the ward it serves that day
    place      text,         -- and where it stands
    lat        double precision,
    lon        double precision,
    check (opens < closes)
);
create index sp_opening_point_idx on sp_opening (point_code, weekday);

-- Every Hanoi ward's centre at its People's Committee's address (admin_center), placed at the ward's centroid: the
-- source has no coordinates for the offices themselves.
insert into sp_point (code, kind, name_vi, name_en, ward_code, unit_code, address, lat, lon, search_folded)
select u.code, 'WARD_CENTRE', u.name_vi, u.name_en, w.code, u.code,
       coalesce(nullif(w.admin_center, ''), w.name), w.lat, w.lon, w.name_folded
from idn_unit u join geo_ward w on w.code = u.ward_code
where u.kind = 'SERVICE_CENTRE';

insert into sp_point (code, kind, name_vi, name_en, ward_code, unit_code, address, lat, lon, search_folded)
values ('TTPVHCC-TP', 'CITY_CENTRE', 'Trung tâm Phục vụ hành chính công Thành phố Hà Nội',
        'Hanoi City Public Service Centre', '00070', 'TTPVHCC-TP', 'Số 12 Lê Lai, phường Hoàn Kiếm', 21.0286, 105.8525,
        'trung tam phuc vu hanh chinh cong thanh pho ha noi');

-- Mobile service vehicles (demo timetable): they take dossiers and hand back results in outlying communes.
insert into sp_point (code, kind, name_vi, name_en, ward_code, unit_code, address, lat, lon, search_folded)
values ('XE-01', 'VEHICLE', 'Xe phục vụ hành chính công lưu động số 1', 'Mobile service vehicle no. 1', null,
        'TTPVHCC-TP', 'Theo lịch từng ngày', null, null, 'xe phuc vu hanh chinh cong luu dong so 1'),
       ('XE-02', 'VEHICLE', 'Xe phục vụ hành chính công lưu động số 2', 'Mobile service vehicle no. 2', null,
        'TTPVHCC-TP', 'Theo lịch từng ngày', null, null, 'xe phuc vu hanh chinh cong luu dong so 2'),
       ('XE-03', 'VEHICLE', 'Xe phục vụ hành chính công lưu động số 3', 'Mobile service vehicle no. 3', null,
        'TTPVHCC-TP', 'Theo lịch từng ngày', null, null, 'xe phuc vu hanh chinh cong luu dong so 3');

-- Lines of a centre (Decision 468 groups one-stop counters by field).
insert into sp_line (point_code, code, name_vi, name_en, field_codes, serves_all, position)
select p.code, l.code, l.name_vi, l.name_en, l.fields, l.serves_all, l.position
from sp_point p cross join (values
    ('A', 'Hộ tịch, chứng thực, cư trú', 'Civil status, certification, residence',
     array['civil-status', 'certification', 'adoption', 'nationality', 'residence', 'identity-card', 'mediation'], false, 1),
    ('B', 'Đất đai, xây dựng, môi trường', 'Land, construction, environment',
     array['land', 'land-finance', 'construction', 'housing', 'planning', 'environment', 'infrastructure',
           'water-resources', 'urban-development', 'architecture'], false, 2),
    ('C', 'Kinh doanh, lao động, xã hội', 'Business, labour, social affairs',
     array['household-business', 'cooperatives', 'enterprises', 'veterans', 'policy', 'poverty-reduction',
           'social-insurance', 'social-insurance-payments', 'health-insurance', 'insurance-cards'], false, 3),
    ('D', 'Tổng hợp, trả kết quả', 'General enquiries, results', array[]::text[], true, 4)
) as l(code, name_vi, name_en, fields, serves_all, position)
where p.kind in ('WARD_CENTRE', 'CITY_CENTRE');

-- A vehicle has one line: it takes every kind of dossier.
insert into sp_line (point_code, code, name_vi, name_en, field_codes, serves_all, position)
select code, 'A', 'Tiếp nhận và trả kết quả', 'Dossiers and results', array[]::text[], true, 1
from sp_point where kind = 'VEHICLE';

-- Five counters at a ward centre: two for civil status, one each for land and social affairs, one general.
insert into sp_counter (point_code, number, line_codes)
select p.code, c.number, c.lines
from sp_point p cross join (values
    (1, array['A']), (2, array['A']), (3, array['B']), (4, array['C']), (5, array['D', 'A'])
) as c(number, lines)
where p.kind = 'WARD_CENTRE';

insert into sp_counter (point_code, number, line_codes)
select 'TTPVHCC-TP', n, case when n <= 3 then array['A'] when n <= 6 then array['B'] when n <= 8 then array['C']
                             else array['D'] end
from generate_series(1, 10) n;

insert into sp_counter (point_code, number, line_codes)
select code, n, array['A'] from sp_point, generate_series(1, 2) n where kind = 'VEHICLE';

-- Office hours at centres (Monday–Friday 08:00–12:00 and 13:00–17:00), Saturday morning at the city's centre.
insert into sp_opening (point_code, weekday, opens, closes)
select p.code, d, h.opens, h.closes
from sp_point p cross join generate_series(1, 5) d
     cross join (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) as h(opens, closes)
where p.kind in ('WARD_CENTRE', 'CITY_CENTRE');

insert into sp_opening (point_code, weekday, opens, closes) values ('TTPVHCC-TP', 6, '08:00', '12:00');

-- Vehicles stand at a commune's People's Committee, one commune per weekday, 08:00–11:30 and 13:30–16:30.
insert into sp_opening (point_code, weekday, opens, closes, ward_code, place, lat, lon)
select s.vehicle, s.weekday, h.opens, h.closes, w.code, 'Trụ sở UBND ' || w.name
       || coalesce(' (' || nullif(w.admin_center, '') || ')', ''), w.lat, w.lon
from (values
    ('XE-01', 1, 'Xã Ba Vì'), ('XE-01', 2, 'Xã Minh Châu'), ('XE-01', 3, 'Xã Cổ Đô'), ('XE-01', 4, 'Xã Bất Bạt'),
    ('XE-01', 5, 'Xã Yên Bài'),
    ('XE-02', 1, 'Xã Sóc Sơn'), ('XE-02', 2, 'Xã Nội Bài'), ('XE-02', 3, 'Xã Kim Anh'), ('XE-02', 4, 'Xã Đa Phúc'),
    ('XE-02', 5, 'Xã Trung Giã'),
    ('XE-03', 1, 'Xã Mỹ Đức'), ('XE-03', 2, 'Xã Hương Sơn'), ('XE-03', 3, 'Xã Phúc Sơn'), ('XE-03', 4, 'Xã Hồng Sơn'),
    ('XE-03', 5, 'Xã Chuyên Mỹ')
) as s(vehicle, weekday, ward_name)
join geo_ward w on w.name = s.ward_name and w.province_code = '01'
cross join (values (time '08:00', time '11:30'), (time '13:30', time '16:30')) as h(opens, closes);
