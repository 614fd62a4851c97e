-- Documents: the demo certificate authority and the issuing units' signing certificates.
-- Private keys are stored as AES-GCM ciphertext of their PKCS#8 encoding, never in clear.

-- Secrets the document module generates once (the key that encrypts the private keys below, unless configured).
create table doc_secret (
    name       text primary key,
    value      text not null,
    created_at timestamptz not null default now()
);

-- One row per key pair: the demo root CA (unit_id null) and one certificate per issuing unit, issued on first use.
create table doc_signing_key (
    alias       text primary key,
    unit_id     uuid unique references idn_unit (id),
    certificate bytea not null,
    private_key bytea not null,
    created_at  timestamptz not null default now(),
    check ((alias = 'demo-root-ca') = (unit_id is null))
);
