// English messages, one file per area so that areas can be edited independently.
import common from "./common.json";
import wizard from "./wizard.json";

const messages = { ...common, ...wizard };

export default messages;
