// The label gitops puts on every failure issue it opens. Notify writes it; the gate reads it, so
// citing a failure issue explains a commit (a rollback) without standing for a change ticket.
export const FAILURE_LABEL = "gitops-failure";
