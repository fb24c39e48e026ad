<?php
/**
 * Settings › IPT widgets: the site-wide defaults (region, language, colour scheme) that every
 * widget gets through <ipt-provider>, and whether to print pre-rendered markup for readers without
 * JavaScript. Uses the Settings API: options.php checks the nonce and the capability.
 *
 * @package ipt-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page and the saved defaults.
 */
final class IPT_Widgets_Settings {

	const OPTION     = 'ipt_widgets_settings';
	const GROUP      = 'ipt_widgets';
	const PAGE       = 'ipt-widgets';
	const CAPABILITY = 'manage_options';

	/**
	 * Hooks the page into WordPress.
	 */
	public static function boot() {
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_action( 'admin_init', array( __CLASS__, 'privacy_policy' ) );
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( IPT_WIDGETS_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * The settings when nothing is saved: no region (every region's lines), the site's language,
	 * the device's colour scheme, pre-rendered markup on.
	 *
	 * @return array
	 */
	public static function defaults() {
		return array(
			'region'       => '',
			'language'     => '',
			'color_scheme' => '',
			'prerender'    => true,
		);
	}

	/**
	 * The saved settings, each checked again (an option can be changed by other means).
	 *
	 * @return array
	 */
	public static function get() {
		$saved = get_option( self::OPTION, array() );
		$saved = is_array( $saved ) ? $saved : array();
		$clean = self::defaults();
		foreach ( self::choices() as $key => $choices ) {
			if ( isset( $saved[ $key ] ) && is_string( $saved[ $key ] ) && isset( $choices[ $saved[ $key ] ] ) ) {
				$clean[ $key ] = $saved[ $key ];
			}
		}
		if ( isset( $saved['prerender'] ) ) {
			$clean['prerender'] = (bool) $saved['prerender'];
		}
		return $clean;
	}

	/**
	 * The choices of each select, value => label; values come from the generated allowlist.
	 *
	 * @return array
	 */
	public static function choices() {
		$region = IPT_Widgets_Attributes::provider_rule( 'region' );
		$scheme = IPT_Widgets_Attributes::provider_rule( 'color-scheme' );
		return array(
			'region'       => array( '' => __( 'None: list the crisis lines of every region', 'ipt-widgets' ) ) + self::labelled( $region ? $region['values'] : array(), self::region_labels() ),
			'language'     => array( '' => __( 'The site language (English when the plugin has no pack for it)', 'ipt-widgets' ) ) + self::labelled( IPT_Widgets_Attributes::languages(), self::language_labels() ),
			'color_scheme' => array( '' => __( 'Follow the device', 'ipt-widgets' ) ) + self::labelled( $scheme ? $scheme['values'] : array(), self::scheme_labels() ),
		);
	}

	/**
	 * Readable names for the region codes the widgets know; a code not listed shows as itself.
	 *
	 * @return array
	 */
	public static function region_labels() {
		return array(
			'us' => __( 'United States', 'ipt-widgets' ),
			'ca' => __( 'Canada', 'ipt-widgets' ),
			'uk' => __( 'United Kingdom', 'ipt-widgets' ),
			'ie' => __( 'Ireland', 'ipt-widgets' ),
			'au' => __( 'Australia', 'ipt-widgets' ),
			'eu' => __( 'European Union', 'ipt-widgets' ),
		);
	}

	/**
	 * Each language in its own name.
	 *
	 * @return array
	 */
	public static function language_labels() {
		return array(
			'en' => 'English',
			'es' => 'Español',
		);
	}

	/**
	 * Readable names for the colour schemes.
	 *
	 * @return array
	 */
	public static function scheme_labels() {
		return array(
			'light' => __( 'Light', 'ipt-widgets' ),
			'dark'  => __( 'Dark', 'ipt-widgets' ),
			'auto'  => __( 'Follow the device', 'ipt-widgets' ),
		);
	}

	/**
	 * Values with their labels (the value itself when there is none).
	 *
	 * @param string[] $values Values.
	 * @param array    $labels Value => label.
	 * @return array
	 */
	private static function labelled( array $values, array $labels ) {
		$out = array();
		foreach ( $values as $value ) {
			$out[ $value ] = isset( $labels[ $value ] ) ? sprintf( '%1$s (%2$s)', $labels[ $value ], $value ) : $value;
		}
		return $out;
	}

	/**
	 * Registers the option, its section and fields.
	 */
	public static function register() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::defaults(),
				'show_in_rest'      => false,
			)
		);
		add_settings_section(
			'ipt_widgets_defaults',
			__( 'Defaults for every widget', 'ipt-widgets' ),
			array( __CLASS__, 'section_intro' ),
			self::PAGE
		);
		$fields = array(
			'region'       => __( 'Region for crisis lines', 'ipt-widgets' ),
			'language'     => __( 'Language', 'ipt-widgets' ),
			'color_scheme' => __( 'Colour scheme', 'ipt-widgets' ),
		);
		foreach ( $fields as $key => $label ) {
			add_settings_field(
				'ipt_widgets_' . $key,
				$label,
				array( __CLASS__, 'select_field' ),
				self::PAGE,
				'ipt_widgets_defaults',
				array(
					'label_for' => 'ipt_widgets_' . $key,
					'key'       => $key,
				)
			);
		}
		add_settings_field(
			'ipt_widgets_prerender',
			__( 'Without JavaScript', 'ipt-widgets' ),
			array( __CLASS__, 'prerender_field' ),
			self::PAGE,
			'ipt_widgets_defaults',
			array( 'label_for' => 'ipt_widgets_prerender' )
		);
	}

	/**
	 * Text above the fields.
	 */
	public static function section_intro() {
		echo '<p>' . esc_html__( 'These apply to every IPT block and shortcode on the site. A setting chosen on a block itself wins.', 'ipt-widgets' ) . '</p>';
	}

	/**
	 * One select.
	 *
	 * @param array $args Field arguments: key, label_for.
	 */
	public static function select_field( array $args ) {
		$key      = $args['key'];
		$settings = self::get();
		$choices  = self::choices();
		printf( '<select id="%1$s" name="%2$s[%3$s]">', esc_attr( $args['label_for'] ), esc_attr( self::OPTION ), esc_attr( $key ) );
		foreach ( $choices[ $key ] as $value => $label ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings[ $key ], (string) $value, false ), esc_html( $label ) );
		}
		echo '</select>';
	}

	/**
	 * The pre-rendered markup checkbox.
	 *
	 * @param array $args Field arguments: label_for.
	 */
	public static function prerender_field( array $args ) {
		$settings = self::get();
		printf(
			'<label><input type="checkbox" id="%1$s" name="%2$s[prerender]" value="1"%3$s> %4$s</label><p class="description">%5$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( self::OPTION ),
			checked( $settings['prerender'], true, false ),
			esc_html__( 'Print each widget ready-made for readers who have JavaScript turned off', 'ipt-widgets' ),
			esc_html__( 'The crisis lines, the explainer and the checklist\'s steps then show without JavaScript. It adds the widget\'s markup to the page (about 20 kB compressed for the explainer) and applies when a block uses the default heading level and no other widget setting.', 'ipt-widgets' )
		);
	}

	/**
	 * Checks submitted settings (options.php has checked the nonce and capability, and unslashed
	 * them); a value not in the allowlist keeps the previous one, with a notice.
	 *
	 * @param mixed $input Submitted value.
	 * @return array
	 */
	public static function sanitize( $input ) {
		$previous = self::get();
		$input    = is_array( $input ) ? $input : array();
		$clean    = $previous;
		$labels   = array(
			'region'       => __( 'region', 'ipt-widgets' ),
			'language'     => __( 'language', 'ipt-widgets' ),
			'color_scheme' => __( 'colour scheme', 'ipt-widgets' ),
		);
		foreach ( self::choices() as $key => $choices ) {
			$value = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? sanitize_text_field( $input[ $key ] ) : '';
			if ( isset( $choices[ $value ] ) ) {
				$clean[ $key ] = $value;
			} else {
				add_settings_error(
					self::OPTION,
					'ipt-widgets-' . $key,
					/* translators: 1: the submitted value, 2: the setting's name. */
					sprintf( __( '"%1$s" is not a %2$s the widgets know; the previous setting is kept.', 'ipt-widgets' ), $value, $labels[ $key ] )
				);
			}
		}
		$clean['prerender'] = ! empty( $input['prerender'] );
		return $clean;
	}

	/**
	 * Adds Settings › IPT widgets.
	 */
	public static function menu() {
		add_options_page(
			__( 'IPT widgets', 'ipt-widgets' ),
			__( 'IPT widgets', 'ipt-widgets' ),
			self::CAPABILITY,
			self::PAGE,
			array( __CLASS__, 'page' )
		);
	}

	/**
	 * The settings page.
	 */
	public static function page() {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
		settings_fields( self::GROUP );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form>';
		echo '<p>' . esc_html__( 'Add the widgets with the IPT blocks (search the block inserter for "IPT") or, in the classic editor, with shortcodes such as [ipt_explainer region="us"]. The widgets make no network requests and set no cookies: their script is served from this site.', 'ipt-widgets' ) . '</p>';
		echo '</div>';
	}

	/**
	 * A Settings link beside Deactivate on the Plugins screen.
	 *
	 * @param array $links Action links.
	 * @return array
	 */
	public static function action_links( $links ) {
		if ( current_user_can( self::CAPABILITY ) ) {
			$url = admin_url( 'options-general.php?page=' . self::PAGE );
			array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'ipt-widgets' ) . '</a>' );
		}
		return $links;
	}

	/**
	 * Suggested text for the site's privacy policy (Settings › Privacy).
	 */
	public static function privacy_policy() {
		if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
			return;
		}
		$text = '<p>' . __( 'The IPT widgets on this site make no network requests, set no cookies and send nothing to anyone: their script and text are served from this site.', 'ipt-widgets' ) . '</p>'
			. '<p>' . __( 'The self-care checklist keeps the steps a visitor ticks in their own browser (localStorage) until they clear them. The quiz keeps answers in the browser tab (sessionStorage) only where it is set to, and clears them when it finishes. Nothing is stored on this site.', 'ipt-widgets' ) . '</p>';
		wp_add_privacy_policy_content( __( 'IPT Widgets', 'ipt-widgets' ), wp_kses_post( $text ) );
	}
}
