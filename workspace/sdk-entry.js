// The npm copy of the ZAF SDK as one classic script exposing window.ZAFClient, like the CDN file.
import ZAFClient from 'zendesk_app_framework_sdk';

export default ZAFClient;
