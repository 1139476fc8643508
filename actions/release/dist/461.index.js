export const id = 461;
export const ids = [461];
export const modules = {

/***/ 3461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AdditionalCommentSchema: () => (/* reexport */ AdditionalCommentSchema),
  ApprovalDecisionRequestSchema: () => (/* reexport */ ApprovalDecisionRequestSchema),
  ApprovalSchema: () => (/* reexport */ ApprovalSchema),
  ApproverSchema: () => (/* reexport */ ApproverSchema),
  ArticleSchema: () => (/* reexport */ ArticleSchema),
  AssetsWorkspaceSchema: () => (/* reexport */ AssetsWorkspaceSchema),
  AttachTemporaryFileSchema: () => (/* reexport */ AttachTemporaryFileSchema),
  AttachmentCreateResultSchema: () => (/* reexport */ AttachmentCreateResultSchema),
  AttachmentCreateSchema: () => (/* reexport */ AttachmentCreateSchema),
  AttachmentLinkSchema: () => (/* reexport */ AttachmentLinkSchema),
  AttachmentSchema: () => (/* reexport */ AttachmentSchema),
  AvatarUrlsSchema: () => (/* reexport */ AvatarUrlsSchema),
  CSATFeedbackFullSchema: () => (/* reexport */ CSATFeedbackFullSchema),
  ChangeDetailsSchema: () => (/* reexport */ ChangeDetailsSchema),
  ChangelogSchema: () => (/* reexport */ ChangelogSchema),
  CommentCreateSchema: () => (/* reexport */ CommentCreateSchema),
  CommentSchema: () => (/* reexport */ CommentSchema),
  ContentSchema: () => (/* reexport */ ContentSchema),
  CustomerCreateSchema: () => (/* reexport */ CustomerCreateSchema),
  CustomerRequestActionSchema: () => (/* reexport */ CustomerRequestActionSchema),
  CustomerRequestActionsSchema: () => (/* reexport */ CustomerRequestActionsSchema),
  CustomerRequestCreateMetaSchema: () => (/* reexport */ CustomerRequestCreateMetaSchema),
  CustomerRequestFieldValueSchema: () => (/* reexport */ CustomerRequestFieldValueSchema),
  CustomerRequestLinkSchema: () => (/* reexport */ CustomerRequestLinkSchema),
  CustomerRequestSchema: () => (/* reexport */ CustomerRequestSchema),
  CustomerRequestStatusSchema: () => (/* reexport */ CustomerRequestStatusSchema),
  CustomerTransitionExecutionSchema: () => (/* reexport */ CustomerTransitionExecutionSchema),
  CustomerTransitionSchema: () => (/* reexport */ CustomerTransitionSchema),
  DateSchema: () => (/* reexport */ DateSchema),
  DurationSchema: () => (/* reexport */ DurationSchema),
  EntityPropertySchema: () => (/* reexport */ EntityPropertySchema),
  ErrorResponseSchema: () => (/* reexport */ ErrorResponseSchema),
  ExpandableSchema: () => (/* reexport */ ExpandableSchema),
  FieldMetadataSchema: () => (/* reexport */ FieldMetadataSchema),
  FormAnswerSchema: () => (/* reexport */ FormAnswerSchema),
  FormSchema: () => (/* reexport */ FormSchema),
  FormValidationErrorContextSchema: () => (/* reexport */ FormValidationErrorContextSchema),
  FormValidationErrorResponseSchema: () => (/* reexport */ FormValidationErrorResponseSchema),
  FormValidationErrorSchema: () => (/* reexport */ FormValidationErrorSchema),
  HistoryMetadataParticipantSchema: () => (/* reexport */ HistoryMetadataParticipantSchema),
  HistoryMetadataSchema: () => (/* reexport */ HistoryMetadataSchema),
  I18nErrorMessageDTOSchema: () => (/* reexport */ I18nErrorMessageDTOSchema),
  I18nErrorMessageSchema: () => (/* reexport */ I18nErrorMessageSchema),
  IncludedFieldsSchema: () => (/* reexport */ IncludedFieldsSchema),
  InputStreamSourceSchema: () => (/* reexport */ InputStreamSourceSchema),
  InsightWorkspaceSchema: () => (/* reexport */ InsightWorkspaceSchema),
  IssueSchema: () => (/* reexport */ IssueSchema),
  IssueTransitionSchema: () => (/* reexport */ IssueTransitionSchema),
  IssueUpdateMetadataSchema: () => (/* reexport */ IssueUpdateMetadataSchema),
  JsonNodeSchema: () => (/* reexport */ JsonNodeSchema),
  JsonTypeSchema: () => (/* reexport */ JsonTypeSchema),
  LinkGroupSchema: () => (/* reexport */ LinkGroupSchema),
  LinkableAttachmentLinkSchema: () => (/* reexport */ LinkableAttachmentLinkSchema),
  LinkableCustomerRequestLinkSchema: () => (/* reexport */ LinkableCustomerRequestLinkSchema),
  LinkableSchema: () => (/* reexport */ LinkableSchema),
  LinkableUserLinkSchema: () => (/* reexport */ LinkableUserLinkSchema),
  MultipartFileSchema: () => (/* reexport */ MultipartFileSchema),
  OperationsSchema: () => (/* reexport */ OperationsSchema),
  OrganizationCreateSchema: () => (/* reexport */ OrganizationCreateSchema),
  OrganizationSchema: () => (/* reexport */ OrganizationSchema),
  OrganizationServiceDeskUpdateSchema: () => (/* reexport */ OrganizationServiceDeskUpdateSchema),
  PageOfChangelogsSchema: () => (/* reexport */ PageOfChangelogsSchema),
  PagedApprovalSchema: () => (/* reexport */ PagedApprovalSchema),
  PagedArticleSchema: () => (/* reexport */ PagedArticleSchema),
  PagedAssetsWorkspaceSchema: () => (/* reexport */ PagedAssetsWorkspaceSchema),
  PagedAttachmentSchema: () => (/* reexport */ PagedAttachmentSchema),
  PagedCommentSchema: () => (/* reexport */ PagedCommentSchema),
  PagedCustomerRequestSchema: () => (/* reexport */ PagedCustomerRequestSchema),
  PagedCustomerRequestStatusSchema: () => (/* reexport */ PagedCustomerRequestStatusSchema),
  PagedCustomerTransitionSchema: () => (/* reexport */ PagedCustomerTransitionSchema),
  PagedInsightWorkspaceSchema: () => (/* reexport */ PagedInsightWorkspaceSchema),
  PagedIssueSchema: () => (/* reexport */ PagedIssueSchema),
  PagedLinkSchema: () => (/* reexport */ PagedLinkSchema),
  PagedOrganizationSchema: () => (/* reexport */ PagedOrganizationSchema),
  PagedQueueSchema: () => (/* reexport */ PagedQueueSchema),
  PagedRequestTypeGroupSchema: () => (/* reexport */ PagedRequestTypeGroupSchema),
  PagedRequestTypeSchema: () => (/* reexport */ PagedRequestTypeSchema),
  PagedServiceDeskSchema: () => (/* reexport */ PagedServiceDeskSchema),
  PagedSlaInformationSchema: () => (/* reexport */ PagedSlaInformationSchema),
  PagedUserSchema: () => (/* reexport */ PagedUserSchema),
  ProjectDetailsSchema: () => (/* reexport */ ProjectDetailsSchema),
  PropertyKeySchema: () => (/* reexport */ PropertyKeySchema),
  PropertyKeysSchema: () => (/* reexport */ PropertyKeysSchema),
  QueueSchema: () => (/* reexport */ QueueSchema),
  RenderedValueSchema: () => (/* reexport */ RenderedValueSchema),
  RequestCreateSchema: () => (/* reexport */ RequestCreateSchema),
  RequestNotificationSubscriptionSchema: () => (/* reexport */ RequestNotificationSubscriptionSchema),
  RequestParticipantUpdateSchema: () => (/* reexport */ RequestParticipantUpdateSchema),
  RequestTypeCreateSchema: () => (/* reexport */ RequestTypeCreateSchema),
  RequestTypeFieldSchema: () => (/* reexport */ RequestTypeFieldSchema),
  RequestTypeFieldValueSchema: () => (/* reexport */ RequestTypeFieldValueSchema),
  RequestTypeGroupSchema: () => (/* reexport */ RequestTypeGroupSchema),
  RequestTypeIconLinkSchema: () => (/* reexport */ RequestTypeIconLinkSchema),
  RequestTypeIconSchema: () => (/* reexport */ RequestTypeIconSchema),
  RequestTypePermissionCheckRequestSchema: () => (/* reexport */ RequestTypePermissionCheckRequestSchema),
  RequestTypePermissionCheckResponseSchema: () => (/* reexport */ RequestTypePermissionCheckResponseSchema),
  RequestTypeSchema: () => (/* reexport */ RequestTypeSchema),
  ResourceSchema: () => (/* reexport */ ResourceSchema),
  ScopeSchema: () => (/* reexport */ ScopeSchema),
  SelfLinkSchema: () => (/* reexport */ SelfLinkSchema),
  ServiceDeskCustomerInviteSchema: () => (/* reexport */ ServiceDeskCustomerInviteSchema),
  ServiceDeskCustomerSchema: () => (/* reexport */ ServiceDeskCustomerSchema),
  ServiceDeskSchema: () => (/* reexport */ ServiceDeskSchema),
  SimpleLinkSchema: () => (/* reexport */ SimpleLinkSchema),
  SlaInformationCompletedCycleSchema: () => (/* reexport */ SlaInformationCompletedCycleSchema),
  SlaInformationOngoingCycleSchema: () => (/* reexport */ SlaInformationOngoingCycleSchema),
  SlaInformationSchema: () => (/* reexport */ SlaInformationSchema),
  SoftwareInfoSchema: () => (/* reexport */ SoftwareInfoSchema),
  SourceSchema: () => (/* reexport */ SourceSchema),
  StatusCategorySchema: () => (/* reexport */ StatusCategorySchema),
  StatusDetailsSchema: () => (/* reexport */ StatusDetailsSchema),
  UpdatedProjectCategorySchema: () => (/* reexport */ UpdatedProjectCategorySchema),
  UserDetailsSchema: () => (/* reexport */ UserDetailsSchema),
  UserLinkSchema: () => (/* reexport */ UserLinkSchema),
  UserSchema: () => (/* reexport */ UserSchema),
  UsersOrganizationUpdateSchema: () => (/* reexport */ UsersOrganizationUpdateSchema),
  addCustomers: () => (/* reexport */ addCustomers),
  addCustomersSkippingPermissionCheck: () => (/* reexport */ addCustomersSkippingPermissionCheck),
  addOrganization: () => (/* reexport */ addOrganization),
  addRequestParticipants: () => (/* reexport */ addRequestParticipants),
  addUsersToOrganization: () => (/* reexport */ addUsersToOrganization),
  answerApproval: () => (/* reexport */ answerApproval),
  attachTemporaryFile: () => (/* reexport */ attachTemporaryFile),
  createCommentWithAttachment: () => (/* reexport */ createCommentWithAttachment),
  createCustomer: () => (/* reexport */ createCustomer),
  createCustomerRequest: () => (/* reexport */ createCustomerRequest),
  createCustomerSkippingPermissionCheck: () => (/* reexport */ createCustomerSkippingPermissionCheck),
  createOrganization: () => (/* reexport */ createOrganization),
  createRequestComment: () => (/* reexport */ createRequestComment),
  createServiceDeskClient: () => (/* reexport */ createServiceDeskClient),
  deleteOrganization: () => (/* reexport */ deleteOrganization),
  deleteProperty: () => (/* reexport */ deleteProperty),
  getApprovalById: () => (/* reexport */ getApprovalById),
  getApprovals: () => (/* reexport */ getApprovals),
  getArticles: () => (/* reexport */ getArticles),
  getAssetsWorkspaces: () => (/* reexport */ getAssetsWorkspaces),
  getAttachmentContent: () => (/* reexport */ getAttachmentContent),
  getAttachmentThumbnail: () => (/* reexport */ getAttachmentThumbnail),
  getAttachmentsForRequest: () => (/* reexport */ getAttachmentsForRequest),
  getCustomerRequestByIdOrKey: () => (/* reexport */ getCustomerRequestByIdOrKey),
  getCustomerRequestStatus: () => (/* reexport */ getCustomerRequestStatus),
  getCustomerRequests: () => (/* reexport */ getCustomerRequests),
  getCustomerTransitions: () => (/* reexport */ getCustomerTransitions),
  getInfo: () => (/* reexport */ getInfo),
  getInsightWorkspaces: () => (/* reexport */ getInsightWorkspaces),
  getIssuesInQueue: () => (/* reexport */ getIssuesInQueue),
  getOrganization: () => (/* reexport */ getOrganization),
  getOrganizations: () => (/* reexport */ getOrganizations),
  getPropertiesKeys: () => (/* reexport */ getPropertiesKeys),
  getProperty: () => (/* reexport */ getProperty),
  getQueue: () => (/* reexport */ getQueue),
  getQueues: () => (/* reexport */ getQueues),
  getRequestCommentById: () => (/* reexport */ getRequestCommentById),
  getRequestComments: () => (/* reexport */ getRequestComments),
  getRequestParticipants: () => (/* reexport */ getRequestParticipants),
  getRequestTypeById: () => (/* reexport */ getRequestTypeById),
  getRequestTypeFields: () => (/* reexport */ getRequestTypeFields),
  getRequestTypeGroups: () => (/* reexport */ getRequestTypeGroups),
  getRequestTypes: () => (/* reexport */ getRequestTypes),
  getServiceDeskArticles: () => (/* reexport */ getServiceDeskArticles),
  getServiceDeskById: () => (/* reexport */ getServiceDeskById),
  getServiceDeskOrganizations: () => (/* reexport */ getServiceDeskOrganizations),
  getServiceDesks: () => (/* reexport */ getServiceDesks),
  getSlaInformation: () => (/* reexport */ getSlaInformation),
  getSlaInformationById: () => (/* reexport */ getSlaInformationById),
  getSubscriptionStatus: () => (/* reexport */ getSubscriptionStatus),
  getUsersInOrganization: () => (/* reexport */ getUsersInOrganization),
  pageSchema: () => (/* reexport */ pageSchema),
  performCustomerTransition: () => (/* reexport */ performCustomerTransition),
  removeOrganization: () => (/* reexport */ removeOrganization),
  removeRequestParticipants: () => (/* reexport */ removeRequestParticipants),
  removeUsersFromOrganization: () => (/* reexport */ removeUsersFromOrganization),
  revokePortalOnlyAccessForUser: () => (/* reexport */ revokePortalOnlyAccessForUser),
  setProperty: () => (/* reexport */ setProperty),
  subscribe: () => (/* reexport */ subscribe),
  unsubscribe: () => (/* reexport */ unsubscribe),
  viewArticle: () => (/* reexport */ viewArticle)
});

// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(3045);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/apiObject.js
var apiObject = __webpack_require__(1758);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedLink.js


const PagedLinkSchema = (0,apiObject/* apiObject */.a)({
    /** Base URL for the REST API calls. */
    base: schemas/* url */.OZ5().optional(),
    context: schemas/* string */.YjP().optional(),
    /** REST API URL for the next page, if there is one. */
    next: schemas/* url */.OZ5().optional(),
    /** REST API URL for the previous page, if there is one. */
    prev: schemas/* url */.OZ5().optional(),
    /** REST API URL for the current page. */
    self: schemas/* url */.OZ5().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/page.js



function pageSchema(item) {
    return (0,apiObject/* apiObject */.a)({
        _expands: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        _links: PagedLinkSchema.optional(),
        /** Indicates if this is the last page of records (true) or not (false). */
        isLastPage: schemas/* boolean */.zMY().optional(),
        /** Number of items to be returned per page, up to the maximum set for these objects in the current implementation. */
        limit: schemas/* number */.aig().optional(),
        /** Number of items returned in the page. */
        size: schemas/* number */.aig().optional(),
        /** Index of the first item returned in the page. */
        start: schemas/* number */.aig().optional(),
        /** Details of the items included in the page. */
        values: schemas/* array */.YOg(item).optional(),
    });
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/assetsWorkspace.js


/** Details of an Assets workspace ID. */
const AssetsWorkspaceSchema = (0,apiObject/* apiObject */.a)({
    /** The workspace ID used as the identifier to access the Assets REST API. */
    workspaceId: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedAssetsWorkspace.js


const PagedAssetsWorkspaceSchema = pageSchema(AssetsWorkspaceSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/insightWorkspace.js


/** Details of an insight workspace ID. */
const InsightWorkspaceSchema = (0,apiObject/* apiObject */.a)({
    /** The workspace ID used as the identifier to access the Insight REST API. */
    workspaceId: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedInsightWorkspace.js


const PagedInsightWorkspaceSchema = pageSchema(InsightWorkspaceSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/api/assets.js


/**
 * Returns a list of Assets workspace IDs. Include a workspace ID in the path to access the [Assets REST
 * APIs](https://developer.atlassian.com/cloud/assets/rest).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Any
 */
async function getAssetsWorkspaces(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/assets/workspace',
        method: 'GET',
        searchParams: {
            start: parameters?.start,
            limit: parameters?.limit,
        },
        schema: PagedAssetsWorkspaceSchema,
    };
    return await client.sendRequest(config);
}
/** This endpoint is deprecated, please use /assets/workspace/. */
async function getInsightWorkspaces(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/insight/workspace',
        method: 'GET',
        searchParams: {
            start: parameters?.start,
            limit: parameters?.limit,
        },
        schema: PagedInsightWorkspaceSchema,
    };
    return await client.sendRequest(config);
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/userLink.js


const UserLinkSchema = (0,apiObject/* apiObject */.a)({
    /**
     * Links to the various sizes of the customer's avatar. Note that this property is deprecated, and will be removed in
     * future versions.
     */
    avatarUrls: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** REST API URL for the customer. */
    jiraRest: schemas/* url */.OZ5().optional(),
    self: schemas/* url */.OZ5().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/user.js



const UserSchema = (0,apiObject/* apiObject */.a)({
    _links: UserLinkSchema.optional(),
    /**
     * The accountId of the user, which uniquely identifies the user across all Atlassian products. For example,
     * _5b10ac8d82e05b22cc7d4ef5_.
     */
    accountId: schemas/* string */.YjP().optional(),
    /** Indicates if the customer is active (true) or inactive (false) */
    active: schemas/* boolean */.zMY().optional(),
    /**
     * Customer's name for display in a UI. Depending on the customer\u2019s privacy settings, this may return an alternative
     * value.
     */
    displayName: schemas/* string */.YjP().optional(),
    /** Customer's email address. Depending on the customer\u2019s privacy settings, this may be returned as null. */
    emailAddress: schemas/* string */.YjP().optional(),
    /**
     * This property is no longer available and will be removed from the documentation soon. See the [deprecation
     * notice](https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/)
     * for details.
     */
    key: schemas/* string */.YjP().optional(),
    /**
     * This property is no longer available and will be removed from the documentation soon. See the [deprecation
     * notice](https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/)
     * for details.
     */
    name: schemas/* string */.YjP().optional(),
    /** Customer time zone. Depending on the customer\u2019s privacy settings, this may be returned as null. */
    timeZone: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/api/customer.js

/**
 * This method adds a customer to the Jira Service Management instance by passing a JSON file including an email address
 * and display name. The display name does not need to be unique. The record's identifiers, `name` and `key`, are
 * automatically generated from the request details.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Jira
 * Administrator Global permission
 */
async function createCustomer(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/customer',
        method: 'POST',
        searchParams: {
            strictConflictStatusCode: parameters.strictConflictStatusCode,
        },
        body: {
            displayName: parameters.displayName,
            email: parameters.email,
            fullName: parameters.fullName,
        },
        schema: UserSchema,
    };
    return await client.sendRequest(config);
}
/**
 * Creates a customer account on behalf of jsd-nutmeg.
 *
 * This endpoint is restricted to jsd-nutmeg via ASAP authentication. It provides the same capability as the public
 * `POST /servicedeskapi/customer` endpoint, but does not require a User Context Token (UCT) or Connect app user \u2014
 * authorization is enforced entirely via the ASAP token.
 *
 * No user permission checks are performed; `null` is passed as the acting user to bypass the permission check in the
 * underlying service.
 */
async function createCustomerSkippingPermissionCheck(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/customer/skip-permission-check',
        method: 'POST',
        searchParams: {
            strictConflictStatusCode: parameters.strictConflictStatusCode,
        },
        body: {
            displayName: parameters.displayName,
            email: parameters.email,
            fullName: parameters.fullName,
        },
        schema: UserSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method revokes portal-only access for a particular user, removing their ability to log in to the Jira Service
 * Management customer portal as a portal-only user. After revocation, the user cannot submit or view requests through
 * the portal.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required:** Site
 * administration (that is, member of the _site-admin_ [group](https://confluence.atlassian.com/x/24xjL)).
 */
async function revokePortalOnlyAccessForUser(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/customer/user/${parameters.accountId}/revoke-portal-only-access`,
        method: 'PUT',
    };
    return await client.sendRequest(config);
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/selfLink.js


const SelfLinkSchema = (0,apiObject/* apiObject */.a)({
    self: schemas/* url */.OZ5().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/date.js


const DateSchema = (0,apiObject/* apiObject */.a)({
    /**
     * Date as the number of milliseconds that have elapsed since 00:00:00 Coordinated Universal Time (UTC), 1 January
     * 1970.
     */
    epochMillis: schemas/* number */.aig().optional(),
    /** Date in a user-friendly text format. */
    friendly: schemas/* string */.YjP().optional(),
    /** Date in ISO8601 format. */
    iso8601: schemas/* string */.YjP().optional(),
    /**
     * Date in the format used in the Jira REST APIs, which is ISO8601 format but extended with milliseconds. For example,
     * 2016-09-28T23:08:32.097+1000.
     */
    jira: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/softwareInfo.js




const SoftwareInfoSchema = (0,apiObject/* apiObject */.a)({
    _links: SelfLinkSchema.optional(),
    /** Reference of the change set included in the build. */
    buildChangeSet: schemas/* string */.YjP().optional(),
    buildDate: DateSchema.optional(),
    /** Indicates whether the instance is licensed (true) or not (false). */
    isLicensedForUse: schemas/* boolean */.zMY().optional(),
    /** Jira Platform version upon which Service Desk is based. */
    platformVersion: schemas/* string */.YjP().optional(),
    /** Jira Service Management version. */
    version: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/api/info.js

/**
 * This method retrieves information about the Jira Service Management instance such as software version, builds, and
 * related links.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: None, the
 * user does not need to be logged in.
 */
async function getInfo(client) {
    const config = {
        url: '/rest/servicedeskapi/info',
        method: 'GET',
        schema: SoftwareInfoSchema,
    };
    return await client.sendRequest(config);
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/content.js


const ContentSchema = (0,apiObject/* apiObject */.a)({
    /** Url containing the body of the article (without title), suitable for rendering in an iframe */
    iframeSrc: schemas/* string */.YjP().optional(),
});

// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/openEnum.js
var openEnum = __webpack_require__(5152);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/source.js

const SourceSchema = (0,apiObject/* apiObject */.a)({
    /** Type of the knowledge base source */
    type: (0,openEnum/* openEnum */.S)(['confluence']).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/article.js




const ArticleSchema = (0,apiObject/* apiObject */.a)({
    content: ContentSchema.optional(),
    /** Excerpt of the article which matches the given query string. */
    excerpt: schemas/* string */.YjP().optional(),
    source: SourceSchema.optional(),
    /** Title of the article. */
    title: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedArticle.js


const PagedArticleSchema = pageSchema(ArticleSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/api/knowledgebase.js


/**
 * Returns articles which match the given query string across all service desks.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to access the [customer
 * portal](https://confluence.atlassian.com/servicedeskcloud/configuring-the-customer-portal-732528918.html).
 */
async function getArticles(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/knowledgebase/article',
        method: 'GET',
        searchParams: {
            query: parameters.query,
            highlight: parameters.highlight,
            start: parameters.start,
            limit: parameters.limit,
            cursor: parameters.cursor,
            prev: parameters.prev,
        },
        schema: PagedArticleSchema,
    };
    return await client.sendRequest(config);
}
async function viewArticle(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/knowledgebase/article/view/${parameters.pageId}`,
        method: 'GET',
        schema: schemas/* string */.YjP(),
    };
    return await client.sendRequest(config);
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/organization.js




const OrganizationSchema = (0,apiObject/* apiObject */.a)({
    _links: SelfLinkSchema.optional(),
    created: DateSchema.optional(),
    /** A unique system generated ID for the organization. */
    id: schemas/* string */.YjP().optional(),
    /** Name of the organization. */
    name: schemas/* string */.YjP().optional(),
    /** Returns if an organization is managed by scim. This field may not be present in some older organizations */
    scimManaged: schemas/* boolean */.zMY().optional(),
    /** A unique system generated ID for the organization. This is identity from the group directory id */
    uuid: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedOrganization.js


const PagedOrganizationSchema = pageSchema(OrganizationSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/propertyKey.js


/** Property key details. */
const PropertyKeySchema = (0,apiObject/* apiObject */.a)({
    /** The key of the property. */
    key: schemas/* string */.YjP().optional(),
    /** The URL of the property. */
    self: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/propertyKeys.js



/** List of property keys. */
const PropertyKeysSchema = (0,apiObject/* apiObject */.a)({
    /** Property key details. */
    keys: schemas/* array */.YOg(PropertyKeySchema).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/entityProperty.js


/**
 * An entity property, for more information see [Entity
 * properties](https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/).
 */
const EntityPropertySchema = (0,apiObject/* apiObject */.a)({
    /** The key of the property. Required on create and update. */
    key: schemas/* string */.YjP().optional(),
    /** The value of the property. Required on create and update. */
    value: schemas/* unknown */.L5J().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedUser.js


const PagedUserSchema = pageSchema(UserSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/api/organization.js





/**
 * This method returns a list of organizations in the Jira Service Management instance. Use this method when you want to
 * present a list of organizations or want to locate an organization by name.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Any.
 * However, to fetch organizations based on `accountId` the user must have a Service Desk agent license.
 *
 * **Response limitations**: If the user is a customer, only those organizations of which the customer is a member are
 * listed.
 */
async function getOrganizations(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/organization',
        method: 'GET',
        searchParams: {
            start: parameters?.start,
            limit: parameters?.limit,
            accountId: parameters?.accountId,
        },
        schema: PagedOrganizationSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method creates an organization by passing the name of the organization.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk administrator or agent. Note: Permission to create organizations can be switched to users with the Jira
 * administrator permission, using the **[Organization
 * management](https://confluence.atlassian.com/servicedeskcloud/setting-up-service-desk-users-732528877.html#Settingupservicedeskusers-manageorgsManageorganizations)**
 * feature.
 */
async function createOrganization(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/organization',
        method: 'POST',
        body: {
            name: parameters.name,
        },
        schema: OrganizationSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns details of an organization. Use this method to get organization details whenever your application
 * component is passed an organization ID but needs to display other organization details.
 *
 * To get organization detail field values which are visible in Jira Service Management, see the [Customer Service
 * Management REST
 * API](https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-group-organization).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Any
 *
 * **Response limitations**: Customers can only retrieve organization of which they are members.
 */
async function getOrganization(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}`,
        method: 'GET',
        schema: OrganizationSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method deletes an organization. Note that the organization is deleted regardless of other associations it may
 * have. For example, associations with service desks.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Jira
 * administrator.
 */
async function deleteOrganization(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}`,
        method: 'DELETE',
    };
    return await client.sendRequest(config);
}
/**
 * Returns the keys of all organization properties. Organization properties are a type of entity property which are
 * available to the API only, and not shown in Jira Service Management. [Learn
 * more](https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/).
 *
 * To get organization detail field values which are visible in Jira Service Management, see the [Customer Service
 * Management REST
 * API](https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-group-organization).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Any
 *
 * **Response limitations**: Customers can only access properties of organizations of which they are members.
 */
async function getPropertiesKeys(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}/property`,
        method: 'GET',
        schema: PropertyKeysSchema,
    };
    return await client.sendRequest(config);
}
/**
 * Returns the value of an organization property. Use this method to obtain the JSON content for an organization's
 * property. Organization properties are a type of entity property which are available to the API only, and not shown in
 * Jira Service Management. [Learn more](https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/).
 *
 * To get organization detail field values which are visible in Jira Service Management, see the [Customer Service
 * Management REST
 * API](https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-group-organization).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Any
 *
 * **Response limitations**: Customers can only access properties of organizations of which they are members.
 */
async function getProperty(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}/property/${parameters.propertyKey}`,
        method: 'GET',
        schema: EntityPropertySchema,
    };
    return await client.sendRequest(config);
}
/**
 * Sets the value of an organization property. Use this resource to store custom data against an organization.
 * Organization properties are a type of entity property which are available to the API only, and not shown in Jira
 * Service Management. [Learn more](https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/).
 *
 * To store organization detail field values which are visible in Jira Service Management, see the [Customer Service
 * Management REST
 * API](https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-group-organization).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * Desk Administrator or Agent.
 *
 * Note: Permission to manage organizations can be switched to users with the Jira administrator permission, using the
 * **[Organization
 * management](https://confluence.atlassian.com/servicedeskcloud/setting-up-service-desk-users-732528877.html#Settingupservicedeskusers-manageorgsManageorganizations)**
 * feature.
 */
async function setProperty(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}/property/${parameters.propertyKey}`,
        method: 'PUT',
        body: parameters.body,
    };
    return await client.sendRequest(config);
}
/**
 * Removes an organization property. Organization properties are a type of entity property which are available to the
 * API only, and not shown in Jira Service Management. [Learn
 * more](https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/).
 *
 * For operations relating to organization detail field values which are visible in Jira Service Management, see the
 * [Customer Service Management REST
 * API](https://developer.atlassian.com/cloud/customer-service-management/rest/v1/api-group-organization/#api-group-organization).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * Desk Administrator or Agent.
 *
 * Note: Permission to manage organizations can be switched to users with the Jira administrator permission, using the
 * **[Organization
 * management](https://confluence.atlassian.com/servicedeskcloud/setting-up-service-desk-users-732528877.html#Settingupservicedeskusers-manageorgsManageorganizations)**
 * feature.
 */
async function deleteProperty(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}/property/${parameters.propertyKey}`,
        method: 'DELETE',
    };
    return await client.sendRequest(config);
}
/**
 * This method returns all the users associated with an organization. Use this method where you want to provide a list
 * of users for an organization or determine if a user is associated with an organization.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk administrator or agent.
 */
async function getUsersInOrganization(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}/user`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedUserSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method adds users to an organization.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk administrator or agent. Note: Permission to add users to an organization can be switched to users with the Jira
 * administrator permission, using the **[Organization
 * management](https://confluence.atlassian.com/servicedeskcloud/setting-up-service-desk-users-732528877.html#Settingupservicedeskusers-manageorgsManageorganizations)**
 * feature.
 */
async function addUsersToOrganization(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}/user`,
        method: 'POST',
        body: parameters.body,
    };
    return await client.sendRequest(config);
}
/**
 * This method removes users from an organization.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk administrator or agent. Note: Permission to delete users from an organization can be switched to users with the
 * Jira administrator permission, using the **[Organization
 * management](https://confluence.atlassian.com/servicedeskcloud/setting-up-service-desk-users-732528877.html#Settingupservicedeskusers-manageorgsManageorganizations)**
 * feature.
 */
async function removeUsersFromOrganization(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/organization/${parameters.organizationId}/user`,
        method: 'DELETE',
        body: parameters.body,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a list of all organizations associated with a service desk.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk's agent.
 */
async function getServiceDeskOrganizations(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/organization`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
            accountId: parameters.accountId,
        },
        schema: PagedOrganizationSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method adds an organization to a service desk. If the organization ID is already associated with the service
 * desk, no change is made and the resource returns a 204 success code.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk's agent.
 */
async function addOrganization(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/organization`,
        method: 'POST',
        body: parameters.body,
    };
    return await client.sendRequest(config);
}
/**
 * This method removes an organization from a service desk. If the organization ID does not match an organization
 * associated with the service desk, no change is made and the resource returns a 204 success code.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk's agent.
 */
async function removeOrganization(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/organization`,
        method: 'DELETE',
        body: parameters.body,
    };
    return await client.sendRequest(config);
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerRequestLink.js


const CustomerRequestLinkSchema = (0,apiObject/* apiObject */.a)({
    /** Jira agent view URL for the request. */
    agent: schemas/* url */.OZ5().optional(),
    /** REST API URL for the request. */
    jiraRest: schemas/* url */.OZ5().optional(),
    self: schemas/* url */.OZ5().optional(),
    /** Web URL for the request. */
    web: schemas/* url */.OZ5().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerRequestAction.js


const CustomerRequestActionSchema = (0,apiObject/* apiObject */.a)({
    /** Indicates whether the user can undertake the action (true) or not (false). */
    allowed: schemas/* boolean */.zMY().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerRequestActions.js


const CustomerRequestActionsSchema = (0,apiObject/* apiObject */.a)({
    addAttachment: CustomerRequestActionSchema.optional(),
    addComment: CustomerRequestActionSchema.optional(),
    addParticipant: CustomerRequestActionSchema.optional(),
    removeParticipant: CustomerRequestActionSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/attachmentLink.js


const AttachmentLinkSchema = (0,apiObject/* apiObject */.a)({
    /** URL for the attachment. */
    content: schemas/* url */.OZ5().optional(),
    /** REST API URL for the attachment */
    jiraRest: schemas/* url */.OZ5().optional(),
    self: schemas/* url */.OZ5().optional(),
    /** URL for the attachment's thumbnail image. */
    thumbnail: schemas/* url */.OZ5().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/attachment.js





const AttachmentSchema = (0,apiObject/* apiObject */.a)({
    _links: AttachmentLinkSchema.optional(),
    author: UserSchema.optional(),
    created: DateSchema.optional(),
    /** Filename of the item attached. */
    filename: schemas/* string */.YjP().optional(),
    /** MIME type of the attachment. */
    mimeType: schemas/* string */.YjP().optional(),
    /** Size of the attachment in bytes. */
    size: schemas/* number */.aig().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedAttachment.js


const PagedAttachmentSchema = pageSchema(AttachmentSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/renderedValue.js


const RenderedValueSchema = (0,apiObject/* apiObject */.a)({
    html: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/comment.js







const CommentSchema = (0,apiObject/* apiObject */.a)({
    /** List of items that can be expanded in the response by specifying the expand query parameter. */
    _expands: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    _links: SelfLinkSchema.optional(),
    attachments: PagedAttachmentSchema.optional(),
    author: UserSchema.optional(),
    /** Content of the comment. */
    body: schemas/* string */.YjP().optional(),
    created: DateSchema.optional(),
    /** ID of the comment. */
    id: schemas/* string */.YjP().optional(),
    /** Indicates whether the comment is public (true) or private/internal (false). */
    public: schemas/* boolean */.zMY().optional(),
    renderedBody: RenderedValueSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedComment.js


const PagedCommentSchema = pageSchema(CommentSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerRequestStatus.js



const CustomerRequestStatusSchema = (0,apiObject/* apiObject */.a)({
    /** Name of the status condition. */
    status: schemas/* string */.YjP().optional(),
    /** Status category the status belongs to. */
    statusCategory: (0,openEnum/* openEnum */.S)(['UNDEFINED', 'NEW', 'INDETERMINATE', 'DONE']).optional(),
    statusDate: DateSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerRequestFieldValue.js


const CustomerRequestFieldValueSchema = (0,apiObject/* apiObject */.a)({
    /** ID of the field. */
    fieldId: schemas/* string */.YjP().optional(),
    /** Text label for the field. */
    label: schemas/* string */.YjP().optional(),
    /** Value of the field rendered in the UI. */
    renderedValue: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** Value of the field. */
    value: schemas/* unknown */.L5J().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestTypeFieldValue.js


const RequestTypeFieldValueSchema = (0,apiObject/* apiObject */.a)({
    /** List of child fields. */
    children: schemas/* array */.YOg(schemas/* lazy */.RZV(() => RequestTypeFieldValueSchema)).optional(),
    /** Label for the field. */
    label: schemas/* string */.YjP().optional(),
    /** Value of the field. */
    value: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/jsonType.js


/** The schema of a field. */
const JsonTypeSchema = (0,apiObject/* apiObject */.a)({
    /** If the field is a custom field, the configuration of the field. */
    configuration: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** If the field is a custom field, the URI of the field. */
    custom: schemas/* string */.YjP().optional(),
    /** If the field is a custom field, the custom ID of the field. */
    customId: schemas/* number */.aig().optional(),
    /** When the data type is an array, the name of the field items within the array. */
    items: schemas/* string */.YjP().optional(),
    /** If the field is a system field, the name of the field. */
    system: schemas/* string */.YjP().optional(),
    /** The data type of the field. */
    type: schemas/* string */.YjP(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestTypeField.js




const RequestTypeFieldSchema = (0,apiObject/* apiObject */.a)({
    /** List of default values for the field. */
    defaultValues: schemas/* array */.YOg(RequestTypeFieldValueSchema).optional(),
    /** Description of the field. */
    description: schemas/* string */.YjP().optional(),
    /** ID of the field. */
    fieldId: schemas/* string */.YjP().optional(),
    jiraSchema: JsonTypeSchema.optional(),
    /** Name of the field. */
    name: schemas/* string */.YjP().optional(),
    /** List of preset values for the field. */
    presetValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** Indicates if the field is required (true) or not (false). */
    required: schemas/* boolean */.zMY().optional(),
    /** List of valid values for the field. */
    validValues: schemas/* array */.YOg(RequestTypeFieldValueSchema).optional(),
    visible: schemas/* boolean */.zMY().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerRequestCreateMeta.js



const CustomerRequestCreateMetaSchema = (0,apiObject/* apiObject */.a)({
    /** Flag indicating if participants can be added to a request (true) or not. */
    canAddRequestParticipants: schemas/* boolean */.zMY().optional(),
    /** Flag indicating if a request can be raised on behalf of another user (true) or not. */
    canRaiseOnBehalfOf: schemas/* boolean */.zMY().optional(),
    /** List of the fields included in this request. */
    requestTypeFields: schemas/* array */.YOg(RequestTypeFieldSchema).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestTypeIconLink.js


const RequestTypeIconLinkSchema = (0,apiObject/* apiObject */.a)({
    /** URLs for the request type icons. */
    iconUrls: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestTypeIcon.js



const RequestTypeIconSchema = (0,apiObject/* apiObject */.a)({
    _links: RequestTypeIconLinkSchema.optional(),
    /** ID of the request type icon. */
    id: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestType.js





const RequestTypeSchema = (0,apiObject/* apiObject */.a)({
    /** List of items that can be expanded in the response by specifying the expand query parameter. */
    _expands: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    _links: SelfLinkSchema.optional(),
    /** Whether the user has permission to create a request with this request type. */
    canCreateRequest: schemas/* boolean */.zMY().optional(),
    /** Description of the request type. */
    description: schemas/* string */.YjP().optional(),
    fields: CustomerRequestCreateMetaSchema.optional(),
    /** List of the request type groups the request type belongs to. */
    groupIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** Help text for the request type. */
    helpText: schemas/* string */.YjP().optional(),
    icon: RequestTypeIconSchema.optional(),
    /** ID for the request type. */
    id: schemas/* string */.YjP().optional(),
    /** ID of the issue type the request type is based upon. */
    issueTypeId: schemas/* string */.YjP().optional(),
    /** Short name for the request type. */
    name: schemas/* string */.YjP().optional(),
    /** ID of the customer portal associated with the service desk project. */
    portalId: schemas/* string */.YjP().optional(),
    /** The request type's practice */
    practice: schemas/* string */.YjP().optional(),
    /** Whether request type is restricted or not. */
    restrictionStatus: (0,openEnum/* openEnum */.S)(['OPEN', 'RESTRICTED']).optional(),
    /** ID of the service desk the request type belongs to. */
    serviceDeskId: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/serviceDesk.js



const ServiceDeskSchema = (0,apiObject/* apiObject */.a)({
    _links: SelfLinkSchema.optional(),
    /** ID of the service desk. */
    id: schemas/* string */.YjP().optional(),
    /** ID of the peer project for the service desk. */
    projectId: schemas/* string */.YjP().optional(),
    /** Key of the peer project of the service desk. */
    projectKey: schemas/* string */.YjP().optional(),
    /** Name of the project and service desk. */
    projectName: schemas/* string */.YjP().optional(),
    /** Key of the project type. */
    projectTypeKey: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/duration.js


const DurationSchema = (0,apiObject/* apiObject */.a)({
    /** Duration in a user-friendly text format. */
    friendly: schemas/* string */.YjP().optional(),
    /** Duration in milliseconds. */
    millis: schemas/* number */.aig().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/slaInformationCompletedCycle.js




const SlaInformationCompletedCycleSchema = (0,apiObject/* apiObject */.a)({
    breachTime: DateSchema.optional(),
    /** Indicates if the SLA (duration) was exceeded (true) or not (false). */
    breached: schemas/* boolean */.zMY().optional(),
    elapsedTime: DurationSchema.optional(),
    goalDuration: DurationSchema.optional(),
    remainingTime: DurationSchema.optional(),
    startTime: DateSchema.optional(),
    stopTime: DateSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/slaInformationOngoingCycle.js




const SlaInformationOngoingCycleSchema = (0,apiObject/* apiObject */.a)({
    breachTime: DateSchema.optional(),
    /** Indicates whether the SLA has been breached (true) or not (false). */
    breached: schemas/* boolean */.zMY().optional(),
    elapsedTime: DurationSchema.optional(),
    goalDuration: DurationSchema.optional(),
    /** Indicates whether the SLA is paused (true) or not (false). */
    paused: schemas/* boolean */.zMY().optional(),
    remainingTime: DurationSchema.optional(),
    startTime: DateSchema.optional(),
    /** Indicates whether the SLA it timed during calendared working hours only (true) or not (false). */
    withinCalendarHours: schemas/* boolean */.zMY().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/slaInformation.js





const SlaInformationSchema = (0,apiObject/* apiObject */.a)({
    _links: SelfLinkSchema.optional(),
    /** List of completed cycles for the SLA. */
    completedCycles: schemas/* array */.YOg(SlaInformationCompletedCycleSchema).optional(),
    /** ID of the Service Level Agreement (SLA). */
    id: schemas/* string */.YjP().optional(),
    /** Description of the SLA. */
    name: schemas/* string */.YjP().optional(),
    ongoingCycle: SlaInformationOngoingCycleSchema.optional(),
    /** Format in which SLA is to be displayed in the UI */
    slaDisplayFormat: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedSlaInformation.js


const PagedSlaInformationSchema = pageSchema(SlaInformationSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedCustomerRequestStatus.js


const PagedCustomerRequestStatusSchema = pageSchema(CustomerRequestStatusSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerRequest.js















const CustomerRequestSchema = (0,apiObject/* apiObject */.a)({
    /** List of items that can be expanded in the response by specifying the expand query parameter. */
    _expands: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    _links: CustomerRequestLinkSchema.optional(),
    actions: CustomerRequestActionsSchema.optional(),
    attachments: PagedAttachmentSchema.optional(),
    comments: PagedCommentSchema.optional(),
    createdDate: DateSchema.optional(),
    currentStatus: CustomerRequestStatusSchema.optional(),
    /** ID of the request, as the peer issue ID. */
    issueId: schemas/* string */.YjP().optional(),
    /** Key of the request, as the peer issue key. */
    issueKey: schemas/* string */.YjP().optional(),
    participants: PagedUserSchema.optional(),
    reporter: UserSchema.optional(),
    /**
     * JSON map of Jira field IDs and their values representing the content of the request. This list does not include
     * hidden fields.
     */
    requestFieldValues: schemas/* array */.YOg(CustomerRequestFieldValueSchema).optional(),
    requestType: RequestTypeSchema.optional(),
    /** ID of the request type for the request. */
    requestTypeId: schemas/* string */.YjP().optional(),
    serviceDesk: ServiceDeskSchema.optional(),
    /** ID of the service desk the request belongs to. */
    serviceDeskId: schemas/* string */.YjP().optional(),
    sla: PagedSlaInformationSchema.optional(),
    status: PagedCustomerRequestStatusSchema.optional(),
    /** Summary of the request created */
    summary: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedCustomerRequest.js


const PagedCustomerRequestSchema = pageSchema(CustomerRequestSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/approver.js


const ApproverSchema = (0,apiObject/* apiObject */.a)({
    approver: UserSchema.optional(),
    /** Decision made by the approver. */
    approverDecision: (0,openEnum/* openEnum */.S)(['approved', 'declined', 'pending']).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/approval.js





const ApprovalSchema = (0,apiObject/* apiObject */.a)({
    _links: SelfLinkSchema.optional(),
    /** Detailed list of the users who must provide a response to the approval. */
    approvers: schemas/* array */.YOg(ApproverSchema).optional(),
    /**
     * Indicates whether the user making the request is one of the approvers and can respond to the approval (true) or not
     * (false).
     */
    canAnswerApproval: schemas/* boolean */.zMY().optional(),
    completedDate: DateSchema.optional(),
    createdDate: DateSchema.optional(),
    /** Outcome of the approval, based on the approvals provided by all approvers. */
    finalDecision: (0,openEnum/* openEnum */.S)(['approved', 'declined', 'pending']).optional(),
    /** ID of the approval. */
    id: schemas/* string */.YjP().optional(),
    /** Description of the approval being sought or provided. */
    name: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedApproval.js


const PagedApprovalSchema = pageSchema(ApprovalSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/attachmentCreateResult.js



const AttachmentCreateResultSchema = (0,apiObject/* apiObject */.a)({
    attachments: PagedAttachmentSchema.optional(),
    comment: CommentSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestNotificationSubscription.js


const RequestNotificationSubscriptionSchema = (0,apiObject/* apiObject */.a)({
    /** Indicates whether the user is subscribed (true) or not (false) to the request's notifications. */
    subscribed: schemas/* boolean */.zMY().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerTransition.js


const CustomerTransitionSchema = (0,apiObject/* apiObject */.a)({
    /** ID of the transition. */
    id: schemas/* string */.YjP().optional(),
    /** Name of the transition. */
    name: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedCustomerTransition.js


const PagedCustomerTransitionSchema = pageSchema(CustomerTransitionSchema);

// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/formData/bufferSchema.js
var bufferSchema = __webpack_require__(9407);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/api/request.js















/**
 * This method returns all customer requests for the user executing the query.
 *
 * The returned customer requests are ordered chronologically by the latest activity on each request. For example, the
 * latest status transition or comment.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to access the specified service desk.
 *
 * **Response limitations**: For customers, the list returned will include request they created (or were created on
 * their behalf) or are participating in only.
 */
async function getCustomerRequests(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/request',
        method: 'GET',
        searchParams: {
            searchTerm: parameters?.searchTerm,
            requestOwnership: parameters?.requestOwnership,
            requestStatus: parameters?.requestStatus,
            approvalStatus: parameters?.approvalStatus,
            organizationId: parameters?.organizationId,
            serviceDeskId: parameters?.serviceDeskId,
            requestTypeId: parameters?.requestTypeId,
            expand: parameters?.expand,
            start: parameters?.start,
            limit: parameters?.limit,
        },
        schema: PagedCustomerRequestSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method creates a customer request in a service desk.
 *
 * The JSON request must include the service desk and customer request type, as well as any fields that are required for
 * the request type. A list of the fields required by a customer request type can be obtained using
 * [servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#api-servicedesk-serviceDeskId-requesttype-requestTypeId-field-get).
 *
 * The fields required for a customer request type depend on the user's permissions:
 *
 * - `raiseOnBehalfOf` is not available to Users who have the customer permission only.
 * - `requestParticipants` is not available to Users who have the customer permission only or if the feature is turned off
 *   for customers.
 *
 * `requestFieldValues` is a map of Jira field IDs and their values. See [Field input
 * formats](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#fieldformats), for details of each
 * field's JSON semantics and the values they can take.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to create requests in the specified service desk.
 */
async function createCustomerRequest(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/request',
        method: 'POST',
        body: {
            channel: parameters.channel,
            form: parameters.form,
            isAdfRequest: parameters.isAdfRequest,
            raiseOnBehalfOf: parameters.raiseOnBehalfOf,
            requestFieldValues: parameters.requestFieldValues,
            requestParticipants: parameters.requestParticipants,
            requestTypeId: parameters.requestTypeId,
            serviceDeskId: parameters.serviceDeskId,
        },
        schema: CustomerRequestSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to access the specified service desk.
 *
 * **Response limitations**: For customers, only a request they created, was created on their behalf, or they are
 * participating in will be returned.
 *
 * **Note:** `requestFieldValues` does not include hidden fields. To get a list of request type fields that includes
 * hidden fields, see
 * [/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field](https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-requesttype-requesttypeid-field-get)
 */
async function getCustomerRequestByIdOrKey(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}`,
        method: 'GET',
        searchParams: {
            expand: parameters.expand,
        },
        schema: CustomerRequestSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns all approvals on a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 */
async function getApprovals(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/approval`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedApprovalSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns an approval. Use this method to determine the status of an approval and the list of approvers.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 */
async function getApprovalById(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/approval/${parameters.approvalId}`,
        method: 'GET',
        schema: ApprovalSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method enables a user to **Approve** or **Decline** an approval on a customer request. The approval is assumed
 * to be owned by the user making the call.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: User is
 * assigned to the approval request.
 */
async function answerApproval(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/approval/${parameters.approvalId}`,
        method: 'POST',
        body: {
            decision: parameters.decision,
        },
        schema: ApprovalSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns all the attachments for a customer requests.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 *
 * **Response limitations**: Customers will only get a list of public attachments.
 */
async function getAttachmentsForRequest(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/attachment`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedAttachmentSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method creates a comment on a customer request using one or more attachment files (uploaded using
 * [servicedeskapi/servicedesk/{serviceDeskId}/attachTemporaryFile](https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-attachtemporaryfile-post)),
 * with the visibility set by `public`. See
 *
 * - GET
 *   [servicedeskapi/request/{issueIdOrKey}/attachment](./#api-rest-servicedeskapi-request-issueidorkey-attachment-get)
 * - GET
 *   [servicedeskapi/request/{issueIdOrKey}/comment/{commentId}/attachment](./#api-rest-servicedeskapi-request-issueidorkey-comment-commentid-attachment-get)
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to add an attachment.
 *
 * **Request limitations**: Customers can set public visibility only.
 */
async function createCommentWithAttachment(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/attachment`,
        method: 'POST',
        body: {
            additionalComment: parameters.additionalComment,
            public: parameters.public,
            temporaryAttachmentIds: parameters.temporaryAttachmentIds,
        },
        schema: AttachmentCreateResultSchema,
    };
    return await client.sendRequest(config);
}
/**
 * Returns the contents of an attachment.
 *
 * To return a thumbnail of the attachment, use
 * [servicedeskapi/request/{issueIdOrKey}/attachment/{attachmentId}/thumbnail](./#api-rest-servicedeskapi-request-issueidorkey-attachment-attachmentid-thumbnail-get).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required:** For the
 * issue containing the attachment:
 *
 * - _Browse projects_ [project permission](https://confluence.atlassian.com/x/yodKLg) for the project that the issue is
 *   in.
 * - If [issue-level security](https://confluence.atlassian.com/x/J4lKLg) is configured, issue-level security permission
 *   to view the issue.
 */
async function getAttachmentContent(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/attachment/${parameters.attachmentId}`,
        method: 'GET',
        schema: bufferSchema/* BufferSchema */.Y,
    };
    return await client.sendRequest(config);
}
/**
 * Returns the thumbnail of an attachment.
 *
 * To return the attachment contents, use
 * [servicedeskapi/request/{issueIdOrKey}/attachment/{attachmentId}](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#api-rest-servicedeskapi-request-issueidorkey-attachment-attachmentid-get).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required:** For the
 * issue containing the attachment:
 *
 * - _Browse projects_ [project permission](https://confluence.atlassian.com/x/yodKLg) for the project that the issue is
 *   in.
 * - If [issue-level security](https://confluence.atlassian.com/x/J4lKLg) is configured, issue-level security permission
 *   to view the issue.
 */
async function getAttachmentThumbnail(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/attachment/${parameters.attachmentId}/thumbnail`,
        method: 'GET',
        schema: bufferSchema/* BufferSchema */.Y,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns all comments on a customer request. No permissions error is provided if, for example, the user
 * doesn't have access to the service desk or request, the method simply returns an empty response.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 *
 * **Response limitations**: Customers are returned public comments only.
 */
async function getRequestComments(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/comment`,
        method: 'GET',
        searchParams: {
            public: parameters.public,
            internal: parameters.internal,
            expand: parameters.expand,
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedCommentSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method creates a public or private (internal) comment on a customer request, with the comment visibility set by
 * `public`. The user recorded as the author of the comment.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: User has
 * Add Comments permission.
 *
 * **Request limitations**: Customers can set comments to public visibility only.
 */
async function createRequestComment(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/comment`,
        method: 'POST',
        body: {
            body: parameters.body,
            public: parameters.public,
        },
        schema: CommentSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns details of a customer request's comment.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 *
 * **Response limitations**: Customers can only view public comments on requests where they are the reporter or a
 * participant whereas agents can see both internal and public comments.
 */
async function getRequestCommentById(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/comment/${parameters.commentId}`,
        method: 'GET',
        searchParams: {
            expand: parameters.expand,
        },
        schema: CommentSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns the notification subscription status of the user making the request. Use this method to determine
 * if the user is subscribed to a customer request's notifications.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 */
async function getSubscriptionStatus(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/notification`,
        method: 'GET',
        schema: RequestNotificationSubscriptionSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method subscribes the user to receiving notifications from a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 */
async function subscribe(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/notification`,
        method: 'PUT',
    };
    return await client.sendRequest(config);
}
/**
 * This method unsubscribes the user from notifications from a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 */
async function unsubscribe(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/notification`,
        method: 'DELETE',
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a list of all the participants on a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 */
async function getRequestParticipants(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/participant`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedUserSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method adds participants to a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to manage participants on the customer request.
 *
 * Note, participants can be added when creating a customer request using the
 * [request](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#api-request-post) resource, by defining
 * the participants in the `requestParticipants` field.
 */
async function addRequestParticipants(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/participant`,
        method: 'POST',
        body: {
            accountIds: parameters.accountIds,
            usernames: parameters.usernames,
        },
        schema: PagedUserSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method removes participants from a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to manage participants on the customer request.
 */
async function removeRequestParticipants(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/participant`,
        method: 'DELETE',
        body: {
            accountIds: parameters.accountIds,
            usernames: parameters.usernames,
        },
        schema: PagedUserSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns all the SLA records on a customer request. A customer request can have zero or more SLAs. Each
 * SLA can have recordings for zero or more "completed cycles" and zero or 1 "ongoing cycle". Each cycle includes
 * information on when it started and stopped, and whether it breached the SLA goal.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 *
 * - Agent for the Service Desk containing the queried customer request, AND
 * - Browse Projects permission on the project containing the customer request, including any restrictions imposed by
 *   issue security schemes or custom permission schemes on the specific issue.
 */
async function getSlaInformation(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/sla`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedSlaInformationSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns the details for an SLA on a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 *
 * - Agent for the Service Desk containing the queried customer request, AND
 * - Browse Projects permission on the project containing the customer request, including any restrictions imposed by
 *   issue security schemes or custom permission schemes on the specific issue.
 */
async function getSlaInformationById(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/sla/${parameters.slaMetricId}`,
        method: 'GET',
        schema: SlaInformationSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a list of all the statuses a customer Request has achieved. A status represents the state of an
 * issue in its workflow. An issue can have one active status only. The list returns the status history in chronological
 * order, most recent (current) status first.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 */
async function getCustomerRequestStatus(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/status`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedCustomerRequestStatusSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a list of transitions, the workflow processes that moves a customer request from one status to
 * another, that the user can perform on a request. Use this method to provide a user with a list if the actions they
 * can take on a customer request.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the customer request.
 */
async function getCustomerTransitions(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/transition`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedCustomerTransitionSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method performs a customer transition for a given request and transition. An optional comment can be included to
 * provide a reason for the transition.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: The user
 * must be able to view the request and have the Transition Issues permission. If a comment is passed the user must have
 * the Add Comments permission.
 */
async function performCustomerTransition(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/request/${parameters.issueIdOrKey}/transition`,
        method: 'POST',
        body: {
            additionalComment: parameters.additionalComment,
            id: parameters.id,
        },
    };
    return await client.sendRequest(config);
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedServiceDesk.js


const PagedServiceDeskSchema = pageSchema(ServiceDeskSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/attachTemporaryFile.js


const AttachTemporaryFileSchema = (0,apiObject/* apiObject */.a)({
    temporaryAttachments: schemas/* array */.YOg((0,apiObject/* apiObject */.a)({
        /** The id to hand to `createAttachment` when attaching this file to a request. */
        temporaryAttachmentId: schemas/* string */.YjP().optional(),
        /** The name the file was uploaded under. */
        fileName: schemas/* string */.YjP().optional(),
    }))
        .optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/queue.js



const QueueSchema = (0,apiObject/* apiObject */.a)({
    _links: SelfLinkSchema.optional(),
    /** Fields returned for each request in the queue. */
    fields: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** ID for the queue. */
    id: schemas/* string */.YjP().optional(),
    /** The count of customer requests in the queue. */
    issueCount: schemas/* number */.aig().optional(),
    /** JQL query that filters reqeusts for the queue. */
    jql: schemas/* string */.YjP().optional(),
    /** Short name for the queue. */
    name: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedQueue.js


const PagedQueueSchema = pageSchema(QueueSchema);

// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9043);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/avatarUrls.js


const AvatarUrlsSchema = (0,apiObject/* apiObject */.a)({
    /** The URL of the item's 16x16 pixel avatar. */
    '16x16': schemas/* url */.OZ5().optional(),
    /** The URL of the item's 24x24 pixel avatar. */
    '24x24': schemas/* url */.OZ5().optional(),
    /** The URL of the item's 32x32 pixel avatar. */
    '32x32': schemas/* url */.OZ5().optional(),
    /** The URL of the item's 48x48 pixel avatar. */
    '48x48': schemas/* url */.OZ5().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/userDetails.js



/**
 * User details permitted by the user's Atlassian Account privacy settings. However, be aware of these exceptions:*
 *
 * User record deleted from Atlassian: This occurs as the result of a right to be forgotten request. In this case,
 * `displayName` provides an indication and other parameters have default values or are blank (for example, email is
 * blank).* User record corrupted: This occurs as a results of events such as a server import and can only happen to
 * deleted users. In this case, `accountId` returns _unknown_ and all other parameters have fallback values.* User
 * record unavailable: This usually occurs due to an internal service outage. In this case, all parameters have fallback
 * values.
 */
const UserDetailsSchema = (0,apiObject/* apiObject */.a)({
    /**
     * The account ID of the user, which uniquely identifies the user across all Atlassian products. For example,
     * _5b10ac8d82e05b22cc7d4ef5_.
     */
    accountId: schemas/* string */.YjP().max(128, 'accountId must be at most 128 characters').optional(),
    /**
     * The type of account represented by this user. This will be one of 'atlassian' (normal users), 'app' (application
     * user) or 'customer' (Jira Service Desk customer user)
     */
    accountType: schemas/* string */.YjP().optional(),
    /** Whether the user is active. */
    active: schemas/* boolean */.zMY().optional(),
    avatarUrls: AvatarUrlsSchema.optional(),
    /** The display name of the user. Depending on the user\u2019s privacy settings, this may return an alternative value. */
    displayName: schemas/* string */.YjP().optional(),
    /** The email address of the user. Depending on the user\u2019s privacy settings, this may be returned as null. */
    emailAddress: schemas/* string */.YjP().optional(),
    /**
     * This property is no longer available and will be removed from the documentation soon. See the [deprecation
     * notice](https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/)
     * for details.
     */
    key: schemas/* string */.YjP().optional(),
    /**
     * This property is no longer available and will be removed from the documentation soon. See the [deprecation
     * notice](https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/)
     * for details.
     */
    name: schemas/* string */.YjP().optional(),
    /** The URL of the user. */
    self: schemas/* string */.YjP().optional(),
    /**
     * The time zone specified in the user's profile. Depending on the user\u2019s privacy settings, this may be returned as
     * null.
     */
    timeZone: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/historyMetadataParticipant.js


/** Details of user or system associated with a issue history metadata item. */
const HistoryMetadataParticipantSchema = (0,apiObject/* apiObject */.a)({
    /** The URL to an avatar for the user or system associated with a history record. */
    avatarUrl: schemas/* string */.YjP().optional(),
    /** The display name of the user or system associated with a history record. */
    displayName: schemas/* string */.YjP().optional(),
    /** The key of the display name of the user or system associated with a history record. */
    displayNameKey: schemas/* string */.YjP().optional(),
    /** The ID of the user or system associated with a history record. */
    id: schemas/* string */.YjP().optional(),
    /** The type of the user or system associated with a history record. */
    type: schemas/* string */.YjP().optional(),
    /** The URL of the user or system associated with a history record. */
    url: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/historyMetadata.js



/** Details of issue history metadata. */
const HistoryMetadataSchema = (0,apiObject/* apiObject */.a)({
    /** The activity described in the history record. */
    activityDescription: schemas/* string */.YjP().optional(),
    /** The key of the activity described in the history record. */
    activityDescriptionKey: schemas/* string */.YjP().optional(),
    actor: HistoryMetadataParticipantSchema.optional(),
    cause: HistoryMetadataParticipantSchema.optional(),
    /** The description of the history record. */
    description: schemas/* string */.YjP().optional(),
    /** The description key of the history record. */
    descriptionKey: schemas/* string */.YjP().optional(),
    /** The description of the email address associated the history record. */
    emailDescription: schemas/* string */.YjP().optional(),
    /** The description key of the email address associated the history record. */
    emailDescriptionKey: schemas/* string */.YjP().optional(),
    /** Additional arbitrary information about the history record. */
    extraData: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    generator: HistoryMetadataParticipantSchema.optional(),
    /** The type of the history record. */
    type: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/changeDetails.js


/** A change item. */
const ChangeDetailsSchema = (0,apiObject/* apiObject */.a)({
    /** The name of the field changed. */
    field: schemas/* string */.YjP().optional(),
    /** The ID of the field changed. */
    fieldId: schemas/* string */.YjP().optional(),
    /** The type of the field changed. */
    fieldtype: schemas/* string */.YjP().optional(),
    /** The details of the original value. */
    from: schemas/* string */.YjP().optional(),
    /** The details of the original value as a string. */
    fromString: schemas/* string */.YjP().optional(),
    /** The details of the new value. */
    to: schemas/* string */.YjP().optional(),
    /** The details of the new value as a string. */
    toString: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/changelog.js





/** A log of changes made to issue fields. Changelogs related to workflow associations are currently being deprecated. */
const ChangelogSchema = (0,apiObject/* apiObject */.a)({
    author: UserDetailsSchema.optional(),
    /** The date on which the change took place. */
    created: coerce/* date */.p6().optional(),
    historyMetadata: HistoryMetadataSchema.optional(),
    /** The ID of the changelog. */
    id: schemas/* string */.YjP().optional(),
    /** The list of items changed. */
    items: schemas/* array */.YOg(ChangeDetailsSchema).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pageOfChangelogs.js



/** A page of changelogs. */
const PageOfChangelogsSchema = (0,apiObject/* apiObject */.a)({
    /** The list of changelogs. */
    histories: schemas/* array */.YOg(ChangelogSchema).optional(),
    /** The maximum number of results that could be on the page. */
    maxResults: schemas/* number */.aig().optional(),
    /** The index of the first item returned on the page. */
    startAt: schemas/* number */.aig().optional(),
    /** The number of results on the page. */
    total: schemas/* number */.aig().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/issueUpdateMetadata.js


/** A list of editable field details. */
const IssueUpdateMetadataSchema = (0,apiObject/* apiObject */.a)({
    fields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/includedFields.js


const IncludedFieldsSchema = (0,apiObject/* apiObject */.a)({
    actuallyIncluded: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    excluded: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    included: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/simpleLink.js


/** Details about the operations available in this version. */
const SimpleLinkSchema = (0,apiObject/* apiObject */.a)({
    href: schemas/* string */.YjP().optional(),
    iconClass: schemas/* string */.YjP().optional(),
    id: schemas/* string */.YjP().optional(),
    label: schemas/* string */.YjP().optional(),
    styleClass: schemas/* string */.YjP().optional(),
    title: schemas/* string */.YjP().optional(),
    weight: schemas/* number */.aig().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/linkGroup.js



/** Details a link group, which defines issue operations. */
const LinkGroupSchema = (0,apiObject/* apiObject */.a)({
    groups: schemas/* array */.YOg(schemas/* lazy */.RZV(() => LinkGroupSchema)).optional(),
    header: SimpleLinkSchema.optional(),
    id: schemas/* string */.YjP().optional(),
    links: schemas/* array */.YOg(SimpleLinkSchema).optional(),
    styleClass: schemas/* string */.YjP().optional(),
    weight: schemas/* number */.aig().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/operations.js



/** Details of the operations that can be performed on the issue. */
const OperationsSchema = (0,apiObject/* apiObject */.a)({
    /** Details of the link groups defining issue operations. */
    linkGroups: schemas/* array */.YOg(LinkGroupSchema).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/updatedProjectCategory.js


/** A project category. */
const UpdatedProjectCategorySchema = (0,apiObject/* apiObject */.a)({
    /** The name of the project category. */
    description: schemas/* string */.YjP().optional(),
    /** The ID of the project category. */
    id: schemas/* string */.YjP().optional(),
    /** The description of the project category. */
    name: schemas/* string */.YjP().optional(),
    /** The URL of the project category. */
    self: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/projectDetails.js




/** Details about a project. */
const ProjectDetailsSchema = (0,apiObject/* apiObject */.a)({
    avatarUrls: AvatarUrlsSchema.optional(),
    /** The ID of the project. */
    id: schemas/* string */.YjP().optional(),
    /** The key of the project. */
    key: schemas/* string */.YjP().optional(),
    /** The name of the project. */
    name: schemas/* string */.YjP().optional(),
    projectCategory: UpdatedProjectCategorySchema.optional(),
    /**
     * The [project
     * type](https://confluence.atlassian.com/x/GwiiLQ#Jiraapplicationsoverview-Productfeaturesandprojecttypes) of the
     * project.
     */
    projectTypeKey: (0,openEnum/* openEnum */.S)([
        'software',
        'service_desk',
        'business',
        'product_discovery',
        'customer_service',
    ]).optional(),
    /** The URL of the project details. */
    self: schemas/* string */.YjP().optional(),
    /** Whether or not the project is simplified. */
    simplified: schemas/* boolean */.zMY().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/scope.js


/**
 * The projects the item is associated with. Indicated for items associated with [next-gen
 * projects](https://confluence.atlassian.com/x/loMyO).
 */
const ScopeSchema = (0,apiObject/* apiObject */.a)({
    project: ProjectDetailsSchema.optional(),
    /** The type of scope. */
    type: (0,openEnum/* openEnum */.S)(['PROJECT', 'TEMPLATE']).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/statusCategory.js


/** A status category. */
const StatusCategorySchema = (0,apiObject/* apiObject */.a)({
    /** The name of the color used to represent the status category. */
    colorName: schemas/* string */.YjP().optional(),
    /** The ID of the status category. */
    id: schemas/* number */.aig().optional(),
    /** The key of the status category. */
    key: schemas/* string */.YjP().optional(),
    /** The name of the status category. */
    name: schemas/* string */.YjP().optional(),
    /** The URL of the status category. */
    self: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/statusDetails.js




/** A status. */
const StatusDetailsSchema = (0,apiObject/* apiObject */.a)({
    /** The description of the status. */
    description: schemas/* string */.YjP().optional(),
    /** The URL of the icon used to represent the status. */
    iconUrl: schemas/* string */.YjP().optional(),
    /** The ID of the status. */
    id: schemas/* string */.YjP().optional(),
    /** The name of the status. */
    name: schemas/* string */.YjP().optional(),
    scope: ScopeSchema.optional(),
    /** The URL of the status. */
    self: schemas/* string */.YjP().optional(),
    statusCategory: StatusCategorySchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/issueTransition.js



/** Details of an issue transition. */
const IssueTransitionSchema = (0,apiObject/* apiObject */.a)({
    /** Expand options that include additional transition details in the response. */
    expand: schemas/* string */.YjP().optional(),
    /**
     * Details of the fields associated with the issue transition screen. Use this information to populate `fields` and
     * `update` in a transition request.
     */
    fields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** Whether there is a screen associated with the issue transition. */
    hasScreen: schemas/* boolean */.zMY().optional(),
    /** The ID of the issue transition. Required when specifying a transition to undertake. */
    id: schemas/* string */.YjP().optional(),
    /** Whether the transition is available to be performed. */
    isAvailable: schemas/* boolean */.zMY().optional(),
    /** Whether the issue has to meet criteria before the issue transition is applied. */
    isConditional: schemas/* boolean */.zMY().optional(),
    /** Whether the issue transition is global, that is, the transition is applied to issues regardless of their status. */
    isGlobal: schemas/* boolean */.zMY().optional(),
    /** Whether this is the initial issue transition for the workflow. */
    isInitial: schemas/* boolean */.zMY().optional(),
    looped: schemas/* boolean */.zMY().optional(),
    /** The name of the issue transition. */
    name: schemas/* string */.YjP().optional(),
    to: StatusDetailsSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/issue.js







/** Details about an issue. */
const IssueSchema = (0,apiObject/* apiObject */.a)({
    changelog: PageOfChangelogsSchema.optional(),
    editmeta: IssueUpdateMetadataSchema.optional(),
    /** Expand options that include additional issue details in the response. */
    expand: schemas/* string */.YjP().optional(),
    fields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    fieldsToInclude: IncludedFieldsSchema.optional(),
    /** The ID of the issue. */
    id: schemas/* string */.YjP().optional(),
    /** The key of the issue. */
    key: schemas/* string */.YjP().optional(),
    /** The ID and name of each field present on the issue. */
    names: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    operations: OperationsSchema.optional(),
    /** Details of the issue properties identified in the request. */
    properties: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** The rendered value of each field present on the issue. */
    renderedFields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** The schema describing each field present on the issue. */
    schema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** The URL of the issue details. */
    self: schemas/* url */.OZ5().optional(),
    /** The transitions that can be performed on the issue. */
    transitions: schemas/* array */.YOg(IssueTransitionSchema).optional(),
    /** The versions of each field on the issue. */
    versionedRepresentations: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedIssue.js


const PagedIssueSchema = pageSchema(IssueSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedRequestType.js


const PagedRequestTypeSchema = pageSchema(RequestTypeSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestTypeGroup.js


const RequestTypeGroupSchema = (0,apiObject/* apiObject */.a)({
    /** ID of the request type group */
    id: schemas/* string */.YjP().optional(),
    /** Name of the request type group. */
    name: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/pagedRequestTypeGroup.js


const PagedRequestTypeGroupSchema = pageSchema(RequestTypeGroupSchema);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/api/servicedesk.js











/**
 * This method returns all the service desks in the Jira Service Management instance that the user has permission to
 * access. Use this method where you need a list of service desks or need to locate a service desk by name or keyword.
 *
 * **Note:** This method will be slow if the instance has hundreds of service desks. If you want to fetch a single
 * service desk by its ID, use
 * [/rest/servicedeskapi/servicedesk/{serviceDeskId}](./#api-rest-servicedeskapi-servicedesk-servicedeskid-get)
 * instead.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Any
 */
async function getServiceDesks(client, parameters) {
    const config = {
        url: '/rest/servicedeskapi/servicedesk',
        method: 'GET',
        searchParams: {
            start: parameters?.start,
            limit: parameters?.limit,
        },
        schema: PagedServiceDeskSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a service desk. Use this method to get service desk details whenever your application component
 * is passed a service desk ID but needs to display other service desk details.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to access the Service Desk. For example, being the Service Desk's Administrator or one of its Agents or
 * Users.
 */
async function getServiceDeskById(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}`,
        method: 'GET',
        schema: ServiceDeskSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method adds one or more temporary attachments to a service desk, which can then be permanently attached to a
 * customer request using
 * [servicedeskapi/request/{issueIdOrKey}/attachment](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#api-request-issueIdOrKey-attachment-post).
 *
 * **Note**: It is possible for a service desk administrator to turn off the ability to add attachments to a service
 * desk.
 *
 * This method expects a multipart request. The media-type multipart/form-data is defined in RFC 1867. Most client
 * libraries have classes that make dealing with multipart posts simple. For instance, in Java the Apache HTTP
 * Components library provides
 * [MultiPartEntity](http://hc.apache.org/httpcomponents-client-ga/httpmime/apidocs/org/apache/http/entity/mime/MultipartEntity.html).
 *
 * Because this method accepts multipart/form-data, it has XSRF protection on it. This means you must submit a header of
 * X-Atlassian-Token: no-check with the request or it will be blocked.
 *
 * The name of the multipart/form-data parameter that contains the attachments must be `file`.
 *
 * For example, to upload a file called `myfile.txt` in the Service Desk with ID 10001 use
 *
 *     curl -D- -u customer:customer -X POST -H "X-ExperimentalApi: opt-in" -H "X-Atlassian-Token: no-check" -F "file=@myfile.txt" https://your-domain.atlassian.net/rest/servicedeskapi/servicedesk/10001/attachTemporaryFile
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to add attachments in this Service Desk.
 */
async function attachTemporaryFile(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/attachTemporaryFile`,
        method: 'POST',
        body: parameters.body,
        schema: AttachTemporaryFileSchema,
    };
    return await client.sendRequest(config);
}
/**
 * Adds one or more customers to a service desk. If any of the passed customers are associated with the service desk, no
 * changes will be made for those customers and the resource returns a 204 success code.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk administrator
 */
async function addCustomers(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/customer`,
        method: 'POST',
        body: {
            accountIds: parameters.accountIds,
            usernames: parameters.usernames,
        },
    };
    return await client.sendRequest(config);
}
/**
 * Adds one or more customers to a service desk on behalf of jsd-nutmeg.
 *
 * This endpoint is restricted to jsd-nutmeg via ASAP authentication. It provides the same capability as the public
 * `POST /servicedeskapi/servicedesk/{serviceDeskId}/customer` endpoint, but does not require a User Context Token (UCT)
 * or Connect app user \u2014 authorization is enforced entirely via the ASAP token.
 *
 * No user permission checks are performed; `null` is passed as the acting user to bypass the permission check in the
 * underlying service.
 *
 * If any of the passed customers are already associated with the service desk, no changes will be made for those
 * customers and the resource returns a 204 success code.
 */
async function addCustomersSkippingPermissionCheck(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/customer/skip-permission-check`,
        method: 'POST',
        body: {
            accountIds: parameters.accountIds,
            usernames: parameters.usernames,
        },
    };
    return await client.sendRequest(config);
}
/**
 * Returns articles which match the given query and belong to the knowledge base linked to the service desk.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to access the service desk.
 */
async function getServiceDeskArticles(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/knowledgebase/article`,
        method: 'GET',
        searchParams: {
            query: parameters.query,
            highlight: parameters.highlight,
            start: parameters.start,
            limit: parameters.limit,
            cursor: parameters.cursor,
            prev: parameters.prev,
        },
        schema: PagedArticleSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns the queues in a service desk. To include a customer request count for each queue (in the
 * `issueCount` field) in the response, set the query parameter `includeCount` to true (its default is false).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: service
 * desk's Agent.
 */
async function getQueues(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/queue`,
        method: 'GET',
        searchParams: {
            includeCount: parameters.includeCount,
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedQueueSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a specific queues in a service desk. To include a customer request count for the queue (in the
 * `issueCount` field) in the response, set the query parameter `includeCount` to true (its default is false).
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: service
 * desk's Agent.
 */
async function getQueue(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/queue/${parameters.queueId}`,
        method: 'GET',
        searchParams: {
            includeCount: parameters.includeCount,
        },
        schema: QueueSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns the customer requests in a queue. Only fields that the queue is configured to show are returned.
 * For example, if a queue is configured to show description and due date, then only those two fields are returned for
 * each customer request in the queue.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**: Service
 * desk's agent.
 */
async function getIssuesInQueue(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/queue/${parameters.queueId}/issue`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedIssueSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns all customer request types from a service desk. There are two parameters for filtering the
 * returned list:
 *
 * - `groupId` which filters the results to items in the customer request type group.
 * - `searchQuery` which is matched against request types' `name` or `description`. For example, the strings "Install",
 *   "Inst", "Equi", or "Equipment" will match a request type with the _name_ "Equipment Installation Request".
 *
 * **Note:** This API by default will filter out request types hidden in the portal (i.e. request types without groups
 * and request types where a user doesn't have permission) when `searchQuery` is provided, unless
 * `includeHiddenRequestTypesInSearch` is set to true. Restricted request types will not be returned for those who
 * aren't admins.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to access the service desk.
 */
async function getRequestTypes(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/requesttype`,
        method: 'GET',
        searchParams: {
            groupId: parameters.groupId,
            expand: parameters.expand,
            searchQuery: parameters.searchQuery,
            start: parameters.start,
            limit: parameters.limit,
            includeHiddenRequestTypesInSearch: parameters.includeHiddenRequestTypesInSearch,
            restrictionStatus: parameters.restrictionStatus,
        },
        schema: PagedRequestTypeSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a customer request type from a service desk.
 *
 * This operation can be accessed anonymously.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to access the service desk.
 */
async function getRequestTypeById(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/requesttype/${parameters.requestTypeId}`,
        method: 'GET',
        searchParams: {
            expand: parameters.expand,
        },
        schema: RequestTypeSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns the fields for a service desk's customer request type.
 *
 * Also, the following information about the user's permissions for the request type is returned:
 *
 * - `canRaiseOnBehalfOf` returns `true` if the user has permission to raise customer requests on behalf of other
 *   customers. Otherwise, returns `false`.
 * - `canAddRequestParticipants` returns `true` if the user can add customer request participants. Otherwise, returns
 *   `false`.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the Service Desk. However, hidden fields would be visible to only Service desk's Administrator.
 */
async function getRequestTypeFields(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/requesttype/${parameters.requestTypeId}/field`,
        method: 'GET',
        searchParams: {
            expand: parameters.expand,
        },
        schema: CustomerRequestCreateMetaSchema,
    };
    return await client.sendRequest(config);
}
/**
 * This method returns a service desk's customer request type groups. Jira Service Management administrators can arrange
 * the customer request type groups in an arbitrary order for display on the customer portal; the groups are returned in
 * this order.
 *
 * **[Permissions](https://developer.atlassian.com/cloud/jira/service-desk/rest/intro#permissions) required**:
 * Permission to view the service desk.
 */
async function getRequestTypeGroups(client, parameters) {
    const config = {
        url: `/rest/servicedeskapi/servicedesk/${parameters.serviceDeskId}/requesttypegroup`,
        method: 'GET',
        searchParams: {
            start: parameters.start,
            limit: parameters.limit,
        },
        schema: PagedRequestTypeGroupSchema,
    };
    return await client.sendRequest(config);
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/api/index.js








;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/additionalComment.js


const AdditionalCommentSchema = (0,apiObject/* apiObject */.a)({
    /** Content of the comment. */
    body: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/approvalDecisionRequest.js

const ApprovalDecisionRequestSchema = (0,apiObject/* apiObject */.a)({
    /** Response to the approval request. */
    decision: (0,openEnum/* openEnum */.S)(['approve', 'decline']).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/attachmentCreate.js



const AttachmentCreateSchema = (0,apiObject/* apiObject */.a)({
    additionalComment: AdditionalCommentSchema.optional(),
    /** Controls whether the comment and its attachments are visible to customers */
    public: schemas/* boolean */.zMY().optional(),
    /** List of IDs for the temporary attachments to be added to the customer request. */
    temporaryAttachmentIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/commentCreate.js


const CommentCreateSchema = (0,apiObject/* apiObject */.a)({
    /** Content of the comment. */
    body: schemas/* string */.YjP().optional(),
    /** Indicates whether the comment is public (true) or private/internal (false). */
    public: schemas/* boolean */.zMY().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/csatFeedbackFull.js



const CSATFeedbackFullSchema = (0,apiObject/* apiObject */.a)({
    comment: AdditionalCommentSchema.optional(),
    /** A numeric representation of the rating, this must be an integer value between 1 and 5. */
    rating: schemas/* number */.aig().optional(),
    /** Indicates the type of feedback, supported values: `csat`. */
    type: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerCreate.js


const CustomerCreateSchema = (0,apiObject/* apiObject */.a)({
    /** Customer's name for display in the UI. */
    displayName: schemas/* string */.YjP().optional(),
    /** Customer's email address. */
    email: schemas/* string */.YjP().optional(),
    /** Deprecated, please use 'displayName'. */
    fullName: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/customerTransitionExecution.js



const CustomerTransitionExecutionSchema = (0,apiObject/* apiObject */.a)({
    additionalComment: AdditionalCommentSchema.optional(),
    /** ID of the transition to be performed. */
    id: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/i18nErrorMessage.js


const I18nErrorMessageSchema = (0,apiObject/* apiObject */.a)({
    i18nKey: schemas/* string */.YjP().optional(),
    parameters: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/errorResponse.js



const ErrorResponseSchema = (0,apiObject/* apiObject */.a)({
    errorMessage: schemas/* string */.YjP().optional(),
    i18nErrorMessage: I18nErrorMessageSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/expandable.js


const ExpandableSchema = (0,apiObject/* apiObject */.a)({
    _expands: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/fieldMetadata.js



/** The metadata describing an issue field. */
const FieldMetadataSchema = (0,apiObject/* apiObject */.a)({
    /** The list of values allowed in the field. */
    allowedValues: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
    /** The URL that can be used to automatically complete the field. */
    autoCompleteUrl: schemas/* string */.YjP().optional(),
    /** The configuration properties. */
    configuration: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** The default value of the field. */
    defaultValue: schemas/* unknown */.L5J().optional(),
    /** Whether the field has a default value. */
    hasDefaultValue: schemas/* boolean */.zMY().optional(),
    /** The key of the field. */
    key: schemas/* string */.YjP(),
    /** The name of the field. */
    name: schemas/* string */.YjP(),
    /** The list of operations that can be performed on the field. */
    operations: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** Whether the field is required. */
    required: schemas/* boolean */.zMY(),
    schema: JsonTypeSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/form.js


const FormSchema = (0,apiObject/* apiObject */.a)({
    /** JSON mapping of form field answers containing form field IDs and corresponding values. */
    answers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/jsonNode.js


const JsonNodeSchema = (0,apiObject/* apiObject */.a)({
    array: schemas/* boolean */.zMY().optional(),
    bigDecimal: schemas/* boolean */.zMY().optional(),
    bigInteger: schemas/* boolean */.zMY().optional(),
    bigIntegerValue: schemas/* number */.aig().optional(),
    binary: schemas/* boolean */.zMY().optional(),
    binaryValue: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    boolean: schemas/* boolean */.zMY().optional(),
    booleanValue: schemas/* boolean */.zMY().optional(),
    containerNode: schemas/* boolean */.zMY().optional(),
    decimalValue: schemas/* number */.aig().optional(),
    double: schemas/* boolean */.zMY().optional(),
    doubleValue: schemas/* number */.aig().optional(),
    elements: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    fieldNames: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    fields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    floatingPointNumber: schemas/* boolean */.zMY().optional(),
    int: schemas/* boolean */.zMY().optional(),
    intValue: schemas/* number */.aig().optional(),
    integralNumber: schemas/* boolean */.zMY().optional(),
    long: schemas/* boolean */.zMY().optional(),
    longValue: schemas/* number */.aig().optional(),
    missingNode: schemas/* boolean */.zMY().optional(),
    null: schemas/* boolean */.zMY().optional(),
    number: schemas/* boolean */.zMY().optional(),
    numberType: (0,openEnum/* openEnum */.S)(['INT', 'LONG', 'BIG_INTEGER', 'FLOAT', 'DOUBLE', 'BIG_DECIMAL']).optional(),
    numberValue: schemas/* number */.aig().optional(),
    object: schemas/* boolean */.zMY().optional(),
    pojo: schemas/* boolean */.zMY().optional(),
    textValue: schemas/* string */.YjP().optional(),
    textual: schemas/* boolean */.zMY().optional(),
    valueAsBoolean: schemas/* boolean */.zMY().optional(),
    valueAsDouble: schemas/* number */.aig().optional(),
    valueAsInt: schemas/* number */.aig().optional(),
    valueAsLong: schemas/* number */.aig().optional(),
    valueAsText: schemas/* string */.YjP().optional(),
    valueNode: schemas/* boolean */.zMY().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/formAnswer.js



const FormAnswerSchema = (0,apiObject/* apiObject */.a)({
    adf: JsonNodeSchema.optional(),
    /** IDs of selected choices */
    choices: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** Answer in date format (yyyy-MM-dd) */
    date: schemas/* string */.YjP().optional(),
    /**
     * The IDs of files to be attached to the form that are obtained by calling the \u2018attach temporary file\u2019 endpoint on
     * the corresponding service desk.
     */
    files: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** Answer in free text format */
    text: schemas/* string */.YjP().optional(),
    /** Answer in timestamp format (HH:mm) */
    time: schemas/* string */.YjP().optional(),
    /** IDs of selected users */
    users: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/formValidationErrorContext.js


const FormValidationErrorContextSchema = (0,apiObject/* apiObject */.a)({
    /** ID of the form entity related to the validation error. */
    id: schemas/* string */.YjP().optional(),
    /** Type of form entity related to the validation error. */
    type: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/formValidationError.js



const FormValidationErrorSchema = (0,apiObject/* apiObject */.a)({
    /** Machine-readable validation error code. */
    code: schemas/* string */.YjP().optional(),
    /** Identifies the form entity that caused the validation error. */
    context: schemas/* array */.YOg(FormValidationErrorContextSchema).optional(),
    /** Detailed validation error message. */
    detail: schemas/* string */.YjP().optional(),
    /** The HTTP status code. */
    status: schemas/* number */.aig().optional(),
    /** Short summary of the validation error. */
    title: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/i18nErrorMessageDTO.js


const I18nErrorMessageDTOSchema = (0,apiObject/* apiObject */.a)({
    /** Internationalization key for the error message. */
    i18nKey: schemas/* string */.YjP().optional(),
    /** Parameters used to render the internationalized error message. */
    parameters: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/formValidationErrorResponse.js




const FormValidationErrorResponseSchema = (0,apiObject/* apiObject */.a)({
    /** Description of the error. */
    errorMessage: schemas/* string */.YjP().optional(),
    /** A list of validation errors. */
    errors: schemas/* array */.YOg(FormValidationErrorSchema).optional(),
    i18nErrorMessage: I18nErrorMessageDTOSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/inputStreamSource.js


const InputStreamSourceSchema = (0,apiObject/* apiObject */.a)({
    inputStream: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/linkable.js


const LinkableSchema = (0,apiObject/* apiObject */.a)({
    _links: SelfLinkSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/linkableAttachmentLink.js


const LinkableAttachmentLinkSchema = (0,apiObject/* apiObject */.a)({
    _links: AttachmentLinkSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/linkableCustomerRequestLink.js


const LinkableCustomerRequestLinkSchema = (0,apiObject/* apiObject */.a)({
    _links: CustomerRequestLinkSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/linkableUserLink.js


const LinkableUserLinkSchema = (0,apiObject/* apiObject */.a)({
    _links: UserLinkSchema.optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/resource.js


const ResourceSchema = (0,apiObject/* apiObject */.a)({
    contentAsByteArray: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    description: schemas/* string */.YjP().optional(),
    file: schemas/* string */.YjP().optional(),
    filename: schemas/* string */.YjP().optional(),
    inputStream: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    open: schemas/* boolean */.zMY().optional(),
    readable: schemas/* boolean */.zMY().optional(),
    uri: schemas/* url */.OZ5().optional(),
    url: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/multipartFile.js



const MultipartFileSchema = (0,apiObject/* apiObject */.a)({
    bytes: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    contentType: schemas/* string */.YjP().optional(),
    empty: schemas/* boolean */.zMY().optional(),
    inputStream: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    name: schemas/* string */.YjP().optional(),
    originalFilename: schemas/* string */.YjP().optional(),
    resource: ResourceSchema.optional(),
    size: schemas/* number */.aig().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/organizationCreate.js


const OrganizationCreateSchema = (0,apiObject/* apiObject */.a)({
    /** Name of the organization. Must contain 1-200 characters. */
    name: schemas/* string */.YjP(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/organizationServiceDeskUpdate.js


const OrganizationServiceDeskUpdateSchema = (0,apiObject/* apiObject */.a)({
    /** List of organizations, specified by 'ID' field values, to add to or remove from the service desk. */
    organizationId: schemas/* number */.aig(),
    /** Service desk Id for which, organization needs to be updated */
    serviceDeskId: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestCreate.js



const RequestCreateSchema = (0,apiObject/* apiObject */.a)({
    /** (Experimental) Shows extra information for the request channel. */
    channel: schemas/* string */.YjP().optional(),
    form: FormSchema.optional(),
    /** (Experimental) Whether to accept rich text fields in Atlassian Document Format (ADF). */
    isAdfRequest: schemas/* boolean */.zMY().optional(),
    /** The `accountId` of the customer that the request is being raised on behalf of. */
    raiseOnBehalfOf: schemas/* string */.YjP().optional(),
    /** JSON map of Jira field IDs and their values representing the content of the request. */
    requestFieldValues: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
    /** List of customers to participate in the request, as a list of `accountId` values. */
    requestParticipants: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** ID of the request type for the request. */
    requestTypeId: schemas/* string */.YjP().optional(),
    /** ID of the service desk in which to create the request. */
    serviceDeskId: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestParticipantUpdate.js


const RequestParticipantUpdateSchema = (0,apiObject/* apiObject */.a)({
    /** List of users, specified by account IDs, to add to or remove as participants in the request. */
    accountIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /**
     * This property is no longer available and will be removed from the documentation soon. See the [deprecation
     * notice](https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/)
     * for details. Use `accountIds` instead.
     */
    usernames: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestTypeCreate.js


const RequestTypeCreateSchema = (0,apiObject/* apiObject */.a)({
    /** Description of the request type on the service desk. */
    description: schemas/* string */.YjP().optional(),
    /** Help text for the request type on the service desk. */
    helpText: schemas/* string */.YjP().optional(),
    /** ID of the request type to add to the service desk. */
    issueTypeId: schemas/* string */.YjP().optional(),
    /** Name of the request type on the service desk. */
    name: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestTypePermissionCheckRequest.js


const RequestTypePermissionCheckRequestSchema = (0,apiObject/* apiObject */.a)({
    /** The account ID of a user. */
    accountId: schemas/* string */.YjP().optional(),
    /** List of requested permissions. */
    permissions: schemas/* array */.YOg((0,openEnum/* openEnum */.S)(['canCreateRequest', 'canAdminister'])).optional(),
    /** List of request type IDs. */
    requestTypeIds: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/requestTypePermissionCheckResponse.js


const RequestTypePermissionCheckResponseSchema = (0,apiObject/* apiObject */.a)({
    /** List of request type IDs for which the user has permission to administer. */
    canAdminister: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
    /** List of request type IDs for which the user can create requests. */
    canCreateRequest: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/serviceDeskCustomer.js


const ServiceDeskCustomerSchema = (0,apiObject/* apiObject */.a)({
    /** List of users, specified by account IDs, to add to or remove from a service desk. */
    accountIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /**
     * This property is no longer available and will be removed from the documentation soon. See the [deprecation
     * notice](https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/)
     * for details. Use `accountIds` instead.
     */
    usernames: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/serviceDeskCustomerInvite.js


const ServiceDeskCustomerInviteSchema = (0,apiObject/* apiObject */.a)({
    /** Customer's name for display in the UI. */
    displayName: schemas/* string */.YjP().optional(),
    /** Customer's email address. */
    email: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/usersOrganizationUpdate.js


const UsersOrganizationUpdateSchema = (0,apiObject/* apiObject */.a)({
    /** List of customers, specific by account IDs, to add to or remove from the organization. */
    accountIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** The organizationId in which users need to be added */
    organizationId: schemas/* number */.aig().optional(),
    /**
     * This property is no longer available and will be removed from the documentation soon. See the [deprecation
     * notice](https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/)
     * for details. Use `accountIds` instead.
     */
    usernames: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/models/index.js






















































































































// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/createClient.js + 2 modules
var createClient = __webpack_require__(1036);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/createServiceDeskClient.js








function createServiceDeskClient(clientConfig) {
    const client = (0,createClient/* createClient */.U)(clientConfig);
    return {
        assets: {
            getAssetsWorkspaces: (parameters) => getAssetsWorkspaces(client, parameters),
            getInsightWorkspaces: (parameters) => getInsightWorkspaces(client, parameters),
        },
        customer: {
            createCustomer: (parameters) => createCustomer(client, parameters),
            createCustomerSkippingPermissionCheck: (parameters) => createCustomerSkippingPermissionCheck(client, parameters),
            revokePortalOnlyAccessForUser: (parameters) => revokePortalOnlyAccessForUser(client, parameters),
        },
        info: {
            getInfo: () => getInfo(client),
        },
        knowledgebase: {
            getArticles: (parameters) => getArticles(client, parameters),
            viewArticle: (parameters) => viewArticle(client, parameters),
        },
        organization: {
            getOrganizations: (parameters) => getOrganizations(client, parameters),
            createOrganization: (parameters) => createOrganization(client, parameters),
            getOrganization: (parameters) => getOrganization(client, parameters),
            deleteOrganization: (parameters) => deleteOrganization(client, parameters),
            getPropertiesKeys: (parameters) => getPropertiesKeys(client, parameters),
            getProperty: (parameters) => getProperty(client, parameters),
            setProperty: (parameters) => setProperty(client, parameters),
            deleteProperty: (parameters) => deleteProperty(client, parameters),
            getUsersInOrganization: (parameters) => getUsersInOrganization(client, parameters),
            addUsersToOrganization: (parameters) => addUsersToOrganization(client, parameters),
            removeUsersFromOrganization: (parameters) => removeUsersFromOrganization(client, parameters),
            getServiceDeskOrganizations: (parameters) => getServiceDeskOrganizations(client, parameters),
            addOrganization: (parameters) => addOrganization(client, parameters),
            removeOrganization: (parameters) => removeOrganization(client, parameters),
        },
        request: {
            getCustomerRequests: (parameters) => getCustomerRequests(client, parameters),
            createCustomerRequest: (parameters) => createCustomerRequest(client, parameters),
            getCustomerRequestByIdOrKey: (parameters) => getCustomerRequestByIdOrKey(client, parameters),
            getApprovals: (parameters) => getApprovals(client, parameters),
            getApprovalById: (parameters) => getApprovalById(client, parameters),
            answerApproval: (parameters) => answerApproval(client, parameters),
            getAttachmentsForRequest: (parameters) => getAttachmentsForRequest(client, parameters),
            createCommentWithAttachment: (parameters) => createCommentWithAttachment(client, parameters),
            getAttachmentContent: (parameters) => getAttachmentContent(client, parameters),
            getAttachmentThumbnail: (parameters) => getAttachmentThumbnail(client, parameters),
            getRequestComments: (parameters) => getRequestComments(client, parameters),
            createRequestComment: (parameters) => createRequestComment(client, parameters),
            getRequestCommentById: (parameters) => getRequestCommentById(client, parameters),
            getSubscriptionStatus: (parameters) => getSubscriptionStatus(client, parameters),
            subscribe: (parameters) => subscribe(client, parameters),
            unsubscribe: (parameters) => unsubscribe(client, parameters),
            getRequestParticipants: (parameters) => getRequestParticipants(client, parameters),
            addRequestParticipants: (parameters) => addRequestParticipants(client, parameters),
            removeRequestParticipants: (parameters) => removeRequestParticipants(client, parameters),
            getSlaInformation: (parameters) => getSlaInformation(client, parameters),
            getSlaInformationById: (parameters) => getSlaInformationById(client, parameters),
            getCustomerRequestStatus: (parameters) => getCustomerRequestStatus(client, parameters),
            getCustomerTransitions: (parameters) => getCustomerTransitions(client, parameters),
            performCustomerTransition: (parameters) => performCustomerTransition(client, parameters),
        },
        servicedesk: {
            getServiceDesks: (parameters) => getServiceDesks(client, parameters),
            getServiceDeskById: (parameters) => getServiceDeskById(client, parameters),
            attachTemporaryFile: (parameters) => attachTemporaryFile(client, parameters),
            addCustomers: (parameters) => addCustomers(client, parameters),
            addCustomersSkippingPermissionCheck: (parameters) => addCustomersSkippingPermissionCheck(client, parameters),
            getServiceDeskArticles: (parameters) => getServiceDeskArticles(client, parameters),
            getQueues: (parameters) => getQueues(client, parameters),
            getQueue: (parameters) => getQueue(client, parameters),
            getIssuesInQueue: (parameters) => getIssuesInQueue(client, parameters),
            getRequestTypes: (parameters) => getRequestTypes(client, parameters),
            getRequestTypeById: (parameters) => getRequestTypeById(client, parameters),
            getRequestTypeFields: (parameters) => getRequestTypeFields(client, parameters),
            getRequestTypeGroups: (parameters) => getRequestTypeGroups(client, parameters),
        },
    };
}

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/serviceDesk/index.js





/***/ }),

/***/ 9043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p6: () => (/* binding */ date)
/* harmony export */ });
/* unused harmony exports string, number, boolean, bigint */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1299);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3045);


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return core._coercedNumber(schemas.ZodNumber, params);
}
function boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedDate */ .B4(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodDate */ .aPP, params);
}


/***/ })

};
