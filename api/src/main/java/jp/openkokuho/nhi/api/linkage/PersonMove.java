package jp.openkokuho.nhi.api.linkage;

/**
 * One person of a household move between two tenants of this installation.
 *
 * @param outgoingAtenaNo 宛名番号 in the 転出地; {@code null} for a person who joined the household (birth, …)
 * @param incomingAtenaNo 宛名番号 in the 転入地; {@code null} for a person who did not come along
 * @param cause why the person joined or left; {@code null} when the person moved with the household
 */
public record PersonMove(String outgoingAtenaNo, String incomingAtenaNo, MemberChangeCause cause) {
}
