-- A migration written for the single history, merged after the split: it belongs in a module folder.
create table late_fix (id int);
