package org.opencity.report.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where photos are kept, prefix {@code opencity.report.storage}: {@code type=local} (default, the data folder) or
 * {@code type=s3} for any S3-compatible object store (AWS S3, MinIO, Ceph, Viettel/FPT cloud storage…).
 *
 * @param endpoint the store's address; empty for AWS itself
 * @param accessKey empty: the SDK's default credential chain (environment, instance profile)
 * @param pathStyle address buckets as {@code endpoint/bucket/key}, which most non-AWS stores need
 */
@ConfigurationProperties("opencity.report.storage")
public record PhotoStorageProperties(
        @DefaultValue("local") String type,
        String endpoint,
        @DefaultValue("ap-southeast-1") String region,
        @DefaultValue("opencity-photos") String bucket,
        @DefaultValue("") String prefix,
        String accessKey,
        String secretKey,
        @DefaultValue("true") boolean pathStyle) {}
