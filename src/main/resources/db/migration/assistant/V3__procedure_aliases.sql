-- Words residents use for a procedure that its record does not hold ("làm lại bằng lái" for the driving-licence
-- renewal): attached by an administrator from the review of questions the assistant was not sure about, and indexed
-- with the procedure's own questions. Removing one is a new review decision, so rows are never updated.
create table ast_procedure_alias (
    id             uuid primary key,
    procedure_code text        not null,
    phrase         text        not null check (length(phrase) between 1 and 500),
    added_by       uuid references idn_account (id),
    added_at       timestamptz not null,
    unique (procedure_code, phrase)
);
create index ast_procedure_alias_code_idx on ast_procedure_alias (procedure_code);
