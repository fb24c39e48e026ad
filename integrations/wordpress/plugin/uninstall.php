<?php
/**
 * Removes what the plugin saved: its settings (on every site of a network). Posts keep their
 * blocks' saved markup, which shows the fallback line without the plugin.
 *
 * @package ipt-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $ipt_widgets_site_id ) {
		switch_to_blog( $ipt_widgets_site_id );
		delete_option( 'ipt_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'ipt_widgets_settings' );
}
