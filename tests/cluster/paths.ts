// Where `cluster:up` keeps the set it started, for `cluster:down`.
import path from "node:path";

export const CLUSTER_DIR = path.resolve(process.env.CLUSTER_DIR ?? ".data/cluster");
export const STATE_FILE = path.join(CLUSTER_DIR, "state.json");
