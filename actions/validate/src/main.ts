import * as core from "@actions/core";
import { hello } from "@gitops/model";
core.info(hello("x"));
