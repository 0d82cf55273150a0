-- Query-side nodes announce themselves here, so nodes sharing the token store can split the
-- processing segments between them (config.SegmentBalancer). A row whose last_seen_ms is older
-- than a few seconds belongs to a node that stopped or died.
CREATE TABLE query_node (
    node_id      VARCHAR(255) NOT NULL,
    last_seen_ms BIGINT       NOT NULL,
    CONSTRAINT query_node_pk PRIMARY KEY (node_id)
);
