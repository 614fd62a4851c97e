-- A module folder nobody listed in ModuleMigrations.MODULES.
create table apt_slot (id int);
